using Microsoft.Extensions.Configuration;

namespace Krisenstab.ServiceDefaults.Startup;

/// <summary>Reads settings that must be right for the process to work; anything wrong stops the start with one line.</summary>
public static class ConfigurationChecks
{
    public const string BusTransportKey = "Krisenstab:Bus:Transport";

    /// <summary>The URI under <paramref name="key"/>, or null when unset; anything but an absolute http(s) URI is refused.</summary>
    public static Uri? OptionalHttpUri(this IConfiguration configuration, string key)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new StartupConfigurationException($"{key} must be an absolute http(s) URI, not '{value}'.");
    }

    public static Uri RequiredHttpUri(this IConfiguration configuration, string key, string why) =>
        configuration.OptionalHttpUri(key)
        ?? throw new StartupConfigurationException($"{why}: set {key} (environment: {key.Replace(":", "__", StringComparison.Ordinal)}).");

    /// <summary>True when the bus is the in-memory transport (the default), which cannot reach other processes.</summary>
    public static bool UsesInMemoryBus(this IConfiguration configuration)
    {
        var transport = configuration[BusTransportKey];
        return string.IsNullOrWhiteSpace(transport) || string.Equals(transport, "InMemory", StringComparison.OrdinalIgnoreCase);
    }
}
