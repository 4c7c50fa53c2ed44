using Krisenstab.ServiceDefaults.Startup;
using Yarp.ReverseProxy.Configuration;

namespace Krisenstab.Gateway.Proxy;

/// <summary>
/// YARP routes for distributed mode, from <c>Krisenstab:Services:{name}=address</c>: <c>/api/{name}/**</c> goes to
/// that service, <c>/hubs/**</c> (WebSockets included) to the dashboard service. The gateway's fallback policy asks for
/// a signed-in user on every route; the few paths a service answers without sign-in (<see cref="AnonymousPaths"/>) get
/// routes of their own that let anonymous requests through to the service, which still decides (and checks any token).
/// </summary>
public static class ServiceRoutes
{
    public const string SectionName = "Krisenstab:Services";
    public const string HubServiceName = "dashboard";

    /// <summary>YARP's policy name that turns authorization off for a route.</summary>
    private const string Anonymous = "Anonymous";

    /// <summary>Per service, the paths it serves without sign-in: communication's Atom feeds (public audiences; the service refuses the others).</summary>
    private static readonly Dictionary<string, string[]> AnonymousPaths = new(StringComparer.Ordinal)
    {
        ["communication"] = ["/api/communication/feeds/{**rest}"],
    };

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) FromConfiguration(IConfiguration configuration)
    {
        var services = configuration.GetSection(SectionName).GetChildren().ToList();
        if (services.Count == 0)
        {
            throw new StartupConfigurationException(
                $"Krisenstab:Mode is Distributed but no service addresses are configured: set {SectionName}:<service> (e.g. Krisenstab__Services__situation=http://127.0.0.1:5101).");
        }
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in services)
        {
            var name = service.Key.ToLowerInvariant();
            var address = configuration.OptionalHttpUri(service.Path)!;
            clusters.Add(new ClusterConfig
            {
                ClusterId = name,
                Destinations = new Dictionary<string, DestinationConfig> { [name] = new() { Address = address.ToString() } },
            });
            routes.Add(Route($"api-{name}", name, $"/api/{name}/{{**rest}}"));
            foreach (var (path, i) in AnonymousPaths.GetValueOrDefault(name, []).Select((p, i) => (p, i)))
            {
                routes.Add(Route($"api-{name}-anonymous-{i}", name, path) with { AuthorizationPolicy = Anonymous });
            }
            if (name == HubServiceName)
            {
                routes.Add(Route("hubs", name, "/hubs/{**rest}"));
            }
        }
        return (routes, clusters);
    }

    private static RouteConfig Route(string id, string cluster, string path) =>
        new() { RouteId = id, ClusterId = cluster, Match = new RouteMatch { Path = path } };
}
