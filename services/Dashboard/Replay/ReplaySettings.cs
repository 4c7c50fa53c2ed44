using System.Globalization;
using Krisenstab.ServiceDefaults.Startup;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.Dashboard.Replay;

/// <summary>
/// <c>Krisenstab:Dashboard:Replay:MaxConcurrent</c> (default 8): replays running at once, beyond it a start is refused;
/// <c>…:IdleAfter</c> (default 2 minutes): a replay nobody watched for that long is disposed;
/// <c>…:Tick</c> (default 250 ms): how often a playing replay moves on and pushes its frame.
/// </summary>
public sealed record ReplaySettings(int MaxConcurrent, TimeSpan IdleAfter, TimeSpan Tick)
{
    public const string Section = "Krisenstab:Dashboard:Replay";

    public static ReplaySettings Default { get; } = new(8, TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(250));

    public static ReplaySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new(
            section["MaxConcurrent"] is { } max ? Positive(max) : Default.MaxConcurrent,
            section["IdleAfter"] is { } idle ? Span(idle, "IdleAfter") : Default.IdleAfter,
            section["Tick"] is { } tick ? Span(tick, "Tick") : Default.Tick);
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new StartupConfigurationException($"{Section}:MaxConcurrent must be a positive whole number of replays, not '{text}'.");

    private static TimeSpan Span(string text, string key) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw new StartupConfigurationException($"{Section}:{key} must be a positive time span such as 00:02:00, not '{text}'.");
}
