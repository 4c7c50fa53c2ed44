using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Modules;
using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.ServiceHost;

public static class ServiceHostExtensions
{
    /// <summary>
    /// The modules named in configuration, validating tokens against the gateway's issuer. A service host always
    /// shares events with other processes, so it refuses the in-memory bus.
    /// </summary>
    public static WebApplicationBuilder AddServiceHost(this WebApplicationBuilder builder)
    {
        var modules = ModuleCatalog.Selected(builder.Configuration);
        builder.Configuration.RequiredHttpUri(AuthenticationExtensions.AuthorityKey, "A service host validates tokens from the gateway's issuer");
        if (builder.Configuration.UsesInMemoryBus())
        {
            throw new StartupConfigurationException(
                $"A service host exchanges events with other processes, which the in-memory bus cannot: set {ConfigurationChecks.BusTransportKey}=RabbitMQ (environment: Krisenstab__Bus__Transport=RabbitMQ).");
        }
        builder.AddServiceDefaults();
        builder.AddModules(modules);
        return builder;
    }
}
