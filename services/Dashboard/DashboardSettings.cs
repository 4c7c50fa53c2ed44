using System.Globalization;
using Krisenstab.ServiceDefaults.Startup;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.Dashboard;

/// <summary>
/// The dashboard's settings: <c>Krisenstab:Dashboard:StaleAfter</c> (when a facility's figures count as stale, default
/// one day) and the towns' residents from <c>Krisenstab:Accommodation:Towns:{town}</c>, the same setting the
/// accommodation service reads, for each town's fair share.
/// </summary>
public sealed record DashboardSettings(TimeSpan StaleAfter, IReadOnlyDictionary<string, int> TownPopulations)
{
    public const string StaleAfterKey = "Krisenstab:Dashboard:StaleAfter";
    public const string TownsSection = "Krisenstab:Accommodation:Towns";

    public static DashboardSettings Default { get; } = new(TimeSpan.FromDays(1), new Dictionary<string, int>());

    public int? PopulationOf(string town) => TownPopulations.TryGetValue(town, out var population) ? population : null;

    /// <summary>Reads and checks the settings; one that cannot work stops the start with one line.</summary>
    public static DashboardSettings From(IConfiguration configuration) => new(StaleAfterFrom(configuration), PopulationsFrom(configuration));

    private static TimeSpan StaleAfterFrom(IConfiguration configuration)
    {
        var value = configuration[StaleAfterKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return Default.StaleAfter;
        }
        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var staleAfter) && staleAfter > TimeSpan.Zero
            ? staleAfter
            : throw new StartupConfigurationException($"{StaleAfterKey} must be a positive time span such as 1.00:00:00 (one day), not '{value}'.");
    }

    private static Dictionary<string, int> PopulationsFrom(IConfiguration configuration)
    {
        var populations = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var town in configuration.GetSection(TownsSection).GetChildren())
        {
            populations[town.Key] = int.TryParse(town.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var population) && population > 0
                ? population
                : throw new StartupConfigurationException($"{TownsSection}:{town.Key} must be the town's number of residents (a positive whole number), not '{town.Value}'.");
        }
        return populations;
    }
}
