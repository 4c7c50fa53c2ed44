using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.Gateway.Auth;

/// <summary>How long tokens live: access tokens briefly (a stolen one is soon useless), refresh tokens for a shift.</summary>
internal sealed record TokenLifetimes(TimeSpan AccessToken, TimeSpan RefreshToken)
{
    public const string AccessTokenKey = "Krisenstab:Auth:AccessTokenLifetime";
    public const string RefreshTokenKey = "Krisenstab:Auth:RefreshTokenLifetime";

    public static TokenLifetimes From(IConfiguration configuration) =>
        new(Read(configuration, AccessTokenKey, TimeSpan.FromMinutes(15)), Read(configuration, RefreshTokenKey, TimeSpan.FromHours(12)));

    private static TimeSpan Read(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw new StartupConfigurationException($"{key} is '{text}': set a positive time span such as 00:15:00.");
    }
}
