using System.Text.Json.Serialization;

namespace Krisenstab.Simulator.Scenario;

/// <summary>Who sends a command: the operating client, or the second client that approves and releases (four eyes).</summary>
public enum Actor
{
    Operator,
    Approver,
}

/// <summary>
/// One step of a scenario at <see cref="At"/> after its start. Times inside a command are offsets from the start too; the run
/// maps them to the installation's clock. Other steps' results are named by keys (<c>facility-3</c>), resolved at run time.
/// </summary>
public abstract record SimCommand(TimeSpan At)
{
    /// <summary>The command's kind, as the plan and the summary name it.</summary>
    [JsonPropertyOrder(-1)]
    public string Kind => GetType().Name;

    public abstract Task RunAsync(IRunContext run, CancellationToken cancellationToken);
}
