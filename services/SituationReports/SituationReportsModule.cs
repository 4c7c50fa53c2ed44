using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.SituationReports.Crises;
using Krisenstab.SituationReports.Queries;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.SituationReports;

/// <summary>Lage (S2): the crisis lifecycle. Its events are public; it consumes nobody's.</summary>
public sealed class SituationReportsModule : IServiceModule
{
    /// <summary>The module's name: route prefix, store key and bus endpoint prefix.</summary>
    public const string StoreName = "situation";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAggregate<Crisis?>(StoreName, "crisis", null, Crisis.Apply);
        services.AddSingleton<CrisisList>();
        services.AddInMemoryProjection<CrisisList>(StoreName, "crisis-list", (list, @event, _) => list.Apply(@event));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSituationApi();
}
