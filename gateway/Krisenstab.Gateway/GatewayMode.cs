using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.Gateway;

/// <summary>Embedded: the gateway hosts every module itself. Distributed: it forwards to service processes.</summary>
public enum GatewayMode
{
    Embedded,
    Distributed,
}

public static class GatewayModeConfiguration
{
    public const string Key = "Krisenstab:Mode";

    public static GatewayMode GetGatewayMode(this IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return GatewayMode.Embedded;
        }
        return Enum.TryParse<GatewayMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new StartupConfigurationException($"{Key} is '{value}'; use Embedded or Distributed.");
    }
}

/// <summary>The mode chosen at start, for the pipeline to map the right endpoints.</summary>
public sealed record GatewayModeHolder(GatewayMode Mode);
