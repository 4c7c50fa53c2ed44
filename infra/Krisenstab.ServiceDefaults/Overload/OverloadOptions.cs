using Krisenstab.ServiceDefaults.Startup;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.ServiceDefaults.Overload;

/// <summary>Settings under <c>Krisenstab:Overload</c>.</summary>
public sealed class OverloadOptions
{
    public const string Section = "Krisenstab:Overload";

    /// <summary>
    /// A command (a POST, PUT, PATCH or DELETE under <c>/api/</c>) arriving while work waits longer than this for the
    /// server is answered 503 at once, before anything of it runs; <c>00:00:00</c> turns shedding off.
    /// </summary>
    public TimeSpan MaxSchedulingDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public bool Sheds => MaxSchedulingDelay > TimeSpan.Zero;

    /// <summary>The settings, or a <see cref="StartupConfigurationException"/> with one line naming the wrong one.</summary>
    public static OverloadOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new OverloadOptions();
        if (section[nameof(MaxSchedulingDelay)] is { } text)
        {
            options.MaxSchedulingDelay = TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var delay) && delay >= TimeSpan.Zero && delay <= TimeSpan.FromSeconds(10)
                ? delay
                : throw new StartupConfigurationException(
                    $"{Section}:MaxSchedulingDelay must be a time span from 00:00:00 (off) to 00:00:10, such as 00:00:00.100, not '{text}'.");
        }
        return options;
    }
}
