using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.ServiceDefaults;

/// <summary>
/// One service (Situation, Accommodation, …) as a pluggable module. The gateway hosts all modules in one
/// process (embedded); the service host runs the ones named in configuration (distributed). Modules talk to
/// each other only through public events on the bus.
/// </summary>
public interface IServiceModule
{
    /// <summary>Lower-case name: the route prefix <c>/api/{Name}</c>, the store name and the bus endpoint prefix.</summary>
    string Name { get; }

    /// <summary>Registers the module's store, read models and services.</summary>
    void AddServices(IHostApplicationBuilder builder);

    /// <summary>Registers the module's consumers of other services' public events.</summary>
    void AddConsumers(IBusRegistrationConfigurator bus);

    /// <summary>Maps the module's HTTP API (under <c>/api/{Name}</c>) and hubs.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
