namespace Krisenstab.Tasking;

/// <summary>Settings under <c>Krisenstab:Tasking</c>, read and checked once at start (<see cref="TaskingSettings"/>).</summary>
public sealed class TaskingOptions
{
    public const string Section = "Krisenstab:Tasking";

    /// <summary>
    /// The units tasks go to, keyed by their code, with their members' user names (<c>Units:S4:Name=Versorgung</c>,
    /// <c>Units:S4:Members:0=staff</c>); default the staff functions S1–S6 and LdS without members. Keyed, so that
    /// settings layered over each other (appsettings, environment, a test's own) merge unit by unit rather than
    /// position by position; a unit's <c>Code</c> may be given and then wins over its key.
    /// </summary>
    public Dictionary<string, UnitSetting> Units { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often open tasks are checked for a passed due time or a due reminder.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long before its due time an open task's unit is reminded.</summary>
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromHours(2);
}

public sealed class UnitSetting
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public List<string> Members { get; set; } = [];
}
