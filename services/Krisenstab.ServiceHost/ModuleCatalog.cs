using Krisenstab.Accommodation;
using Krisenstab.Dashboard;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Startup;
using Krisenstab.SituationReports;

namespace Krisenstab.ServiceHost;

/// <summary>Every module a service host can run, by name; <c>Krisenstab:Modules</c> picks some of them.</summary>
public static class ModuleCatalog
{
    public const string ModulesKey = "Krisenstab:Modules";

    private static readonly IReadOnlyList<Func<IServiceModule>> Known =
    [
        () => new SituationReportsModule(),
        () => new DashboardModule(),
        () => new AccommodationModule(),
        () => new Tasking.TaskingModule(),
        () => new Staffing.StaffingModule(),
        () => new Krisenstab.Communication.CommunicationModule(),
        () => new Krisenstab.Logbook.LogbookModule(),
    ];

    public static IServiceModule[] Selected(IConfiguration configuration)
    {
        var available = Known.Select(create => create()).ToDictionary(module => module.Name, StringComparer.OrdinalIgnoreCase);
        var names = (configuration[ModulesKey] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw new StartupConfigurationException(
                $"No modules to run: set {ModulesKey} to some of {string.Join(", ", available.Keys)} (e.g. Krisenstab__Modules=situation,dashboard).");
        }
        return [.. names.Select(name => available.TryGetValue(name, out var module)
            ? module
            : throw new StartupConfigurationException($"Unknown module '{name}' in {ModulesKey}; known: {string.Join(", ", available.Keys)}."))];
    }
}
