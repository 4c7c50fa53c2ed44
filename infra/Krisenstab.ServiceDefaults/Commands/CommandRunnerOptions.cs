namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>Settings under <c>Krisenstab:Commands</c>.</summary>
public sealed class CommandRunnerOptions
{
    public const string Section = "Krisenstab:Commands";

    /// <summary>How often a command re-loads and re-decides after someone else wrote to the same stream first.</summary>
    public int MaxAttempts { get; set; } = 25;
}
