using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Accommodation.Queries;
using Krisenstab.Accommodation.Reservations;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Accommodation;

/// <summary>
/// Unterbringung (S4): facilities with their capacity, blocked and reserved places, and the households placed in
/// them — never more than fit. One stream per facility (<c>facility-{id}</c>) holds its invariant
/// (occupied + blocked + reserved ≤ capacity) under optimistic concurrency; every event is public
/// (<c>accommodation.*.v1</c>) and carries the facility's figures after it, for the situation picture.
/// Routes under <c>/api/accommodation</c> (see <see cref="AccommodationApi"/>); settings under
/// <c>Krisenstab:Accommodation</c> (see <see cref="AccommodationOptions"/>). It consumes no other service's events.
/// </summary>
public sealed class AccommodationModule : IServiceModule
{
    /// <summary>The module's name: route prefix, store key and bus endpoint prefix.</summary>
    public const string StoreName = "accommodation";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccommodationOptions>()
            .Bind(builder.Configuration.GetSection(AccommodationOptions.Section))
            .Validate(o => o.StaleAfter > TimeSpan.Zero && o.ExpirySweepInterval > TimeSpan.Zero, "Krisenstab:Accommodation: StaleAfter and ExpirySweepInterval must be positive.")
            .ValidateOnStart();
        services.AddAggregate(StoreName, FacilityRuns.Category, Facility.None, (facility, @event) => facility.Apply(@event));
        services.AddAggregate(
            StoreName, HouseholdResidence.Category, HouseholdResidence.None, (residence, @event) => residence.Apply(@event), HouseholdResidence.PrivateEvents);
        services.AddSingleton<HouseholdPlacements>();
        services.AddSingleton<FacilityPresenter>();
        services.AddSingleton<FacilityDirectory>();
        services.AddInMemoryProjection<FacilityDirectory>(
            StoreName, "facility-directory", (directory, @event, recorded) => directory.Apply(@event, recorded.Metadata.OccurredAt));
        services.AddHostedService<ReservationExpirySweep>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAccommodationApi();
}
