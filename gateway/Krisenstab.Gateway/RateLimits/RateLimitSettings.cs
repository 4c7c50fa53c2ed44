using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.Gateway.RateLimits;

/// <summary>The gateway's limits, under <c>Krisenstab:RateLimits</c>.</summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "Krisenstab:RateLimits";

    /// <summary>Sign-in attempts at <c>/connect/token</c> per client IP: slows password guessing.</summary>
    public WindowLimit Token { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// Requests to <c>/api/**</c> per signed-in user (per client IP when anonymous). Generous: a busy situation room
    /// has a dashboard refreshing and people entering reports at the same time.
    /// </summary>
    public WindowLimit Api { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Reads and checks the settings; a limit that cannot work stops the start with one line.</summary>
    public static RateLimitSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<RateLimitSettings>() ?? new RateLimitSettings();
        Check(settings.Token, nameof(Token));
        Check(settings.Api, nameof(Api));
        return settings;
    }

    private static void Check(WindowLimit limit, string name)
    {
        if (limit.PermitLimit <= 0 || limit.Window <= TimeSpan.Zero)
        {
            throw new StartupConfigurationException(
                $"{SectionName}:{name} needs PermitLimit > 0 and Window > 0 (e.g. Krisenstab__RateLimits__{name}__PermitLimit=10, Krisenstab__RateLimits__{name}__Window=00:01:00).");
        }
    }
}
