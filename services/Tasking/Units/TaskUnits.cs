using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.Tasking.Units;

/// <summary>
/// The units of this district that tasks go to, and who belongs to which — configuration, because every district
/// organises its staff differently. Built once at start; a list that cannot work stops the start.
/// </summary>
public sealed class TaskUnits
{
    /// <summary>Without configured units: the fire-service doctrine's staff functions, without members.</summary>
    public static IReadOnlyList<UnitSetting> Doctrine { get; } =
    [
        Unit("S1", "Personal / Innerer Dienst"),
        Unit("S2", "Lage"),
        Unit("S3", "Einsatz"),
        Unit("S4", "Versorgung"),
        Unit("S5", "Presse- und Medienarbeit"),
        Unit("S6", "Information und Kommunikation"),
        Unit("LdS", "Leiter des Stabes"),
    ];

    private readonly Dictionary<string, TaskUnit> _byCode;

    private TaskUnits(IReadOnlyList<TaskUnit> all)
    {
        All = all;
        _byCode = all.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<TaskUnit> All { get; }

    /// <summary>Throws <see cref="StartupConfigurationException"/> with one line naming the setting that cannot work.</summary>
    public static TaskUnits From(string section, IReadOnlyList<UnitSetting> configured)
    {
        var settings = configured.Count == 0 ? Doctrine : configured;
        var units = settings.Select(u => new TaskUnit(
            u.Code?.Trim() ?? "",
            u.Name?.Trim() ?? "",
            u.Members.Select(m => m.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase))).ToList();
        if (units.FirstOrDefault(u => u.Code.Length == 0 || u.Name.Length == 0) is { } incomplete)
        {
            throw new StartupConfigurationException($"{section}:Units: every unit needs a Code and a German Name ('{incomplete.Code}' '{incomplete.Name}').");
        }
        if (units.FirstOrDefault(u => u.Members.Contains("")) is { } blank)
        {
            throw new StartupConfigurationException($"{section}:Units: unit '{blank.Code}' lists an empty member name.");
        }
        if (units.GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new StartupConfigurationException($"{section}:Units: the code '{twice.Key}' is listed twice.");
        }
        return new TaskUnits(units);
    }

    public TaskUnit? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The units <paramref name="userName"/> is a member of (a user may belong to several).</summary>
    public IReadOnlyList<TaskUnit> Of(string? userName) => [.. All.Where(u => u.HasMember(userName))];

    /// <summary>The unit named by <paramref name="code"/>, or a refusal naming the field and the known codes.</summary>
    public (TaskUnit? Unit, DomainError? Error) Resolve(string? code, string field) =>
        string.IsNullOrWhiteSpace(code) ? (null, DomainError.Invalid(field, $"'{field}' is required: one of {Codes}."))
        : Find(code) is { } unit ? (unit, null)
        : (null, DomainError.Invalid(field, $"'{code}' is not a unit here; known are {Codes}."));

    private string Codes => string.Join(", ", All.Select(u => u.Code));

    private static UnitSetting Unit(string code, string name) => new() { Code = code, Name = name };
}
