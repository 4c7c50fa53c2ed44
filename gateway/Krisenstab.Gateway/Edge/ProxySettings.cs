using System.Net;
using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.Gateway.Edge;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> the gateway believes: <c>Krisenstab:Proxies:KnownProxies</c>
/// (addresses) and <c>Krisenstab:Proxies:KnownNetworks</c> (CIDR, e.g. <c>10.0.0.0/8</c>). None by default: then the
/// headers are ignored, so a client cannot pick its own IP for the per-IP rate limits.
/// </summary>
public sealed record ProxySettings(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<System.Net.IPNetwork> Networks)
{
    public const string Section = "Krisenstab:Proxies";

    public bool Any => Proxies.Count > 0 || Networks.Count > 0;

    public static ProxySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        return new ProxySettings(
            [.. proxies.Select(text => IPAddress.TryParse(text, out var address) ? address
                : throw new StartupConfigurationException($"{Section}:KnownProxies has '{text}', which is not an IP address."))],
            [.. networks.Select(text => System.Net.IPNetwork.TryParse(text, out var network) ? network
                : throw new StartupConfigurationException($"{Section}:KnownNetworks has '{text}', which is not a network such as 10.0.0.0/8."))]);
    }
}
