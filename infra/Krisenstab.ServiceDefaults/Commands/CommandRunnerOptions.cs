using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Startup;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>Settings under <c>Krisenstab:Commands</c>.</summary>
public sealed class CommandRunnerOptions
{
    public const string Section = "Krisenstab:Commands";

    /// <summary>How often a command re-loads and re-decides after someone else (another process) wrote to the same stream first.</summary>
    public int MaxAttempts { get; set; } = 25;

    /// <summary>How long a command may wait for its streams before it is answered 503 (overloaded) with nothing stored.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many commands may wait for one stream (besides the one running); one more is answered 503 at once.</summary>
    public int MaxQueued { get; set; } = 200;

    /// <summary>Streams per aggregate kind whose latest state the process keeps; 0 keeps none.</summary>
    public int CachedStreams { get; set; } = new AggregateStoreOptions().CachedStreams;

    /// <summary>A snapshot is stored every this many events of a stream; 0 stores none.</summary>
    public int SnapshotEvery { get; set; } = new AggregateStoreOptions().SnapshotEvery;

    public AggregateStoreOptions Aggregates => new() { CachedStreams = CachedStreams, SnapshotEvery = SnapshotEvery };

    /// <summary>The first setting that cannot work, as one line; null when all can.</summary>
    public string? Problem() =>
        MaxAttempts <= 0 ? $"{Section}:MaxAttempts must be a positive whole number, not {MaxAttempts}."
        : QueueTimeout <= TimeSpan.Zero || QueueTimeout > TimeSpan.FromMinutes(1)
            ? $"{Section}:QueueTimeout must be more than 0 and at most 00:01:00 (e.g. 00:00:01), not {QueueTimeout}."
        : MaxQueued <= 0 ? $"{Section}:MaxQueued must be a positive whole number, not {MaxQueued}."
        : CachedStreams < 0 ? $"{Section}:CachedStreams must be 0 (no cache) or more, not {CachedStreams}."
        : SnapshotEvery < 0 ? $"{Section}:SnapshotEvery must be 0 (no snapshots) or more, not {SnapshotEvery}."
        : null;

    /// <summary>The settings, or a <see cref="StartupConfigurationException"/> with one line naming the wrong one.</summary>
    public static CommandRunnerOptions Read(IConfiguration configuration)
    {
        CommandRunnerOptions options;
        try
        {
            options = configuration.GetSection(Section).Get<CommandRunnerOptions>() ?? new CommandRunnerOptions();
        }
        catch (InvalidOperationException unreadable)
        {
            throw new StartupConfigurationException(
                $"{Section} cannot be read: {unreadable.InnerException?.Message ?? unreadable.Message} (QueueTimeout is a time span such as 00:00:01).", unreadable);
        }
        return options.Problem() is { } problem ? throw new StartupConfigurationException(problem) : options;
    }
}
