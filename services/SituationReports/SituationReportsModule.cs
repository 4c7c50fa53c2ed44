using Krisenstab.Contracts;
using Krisenstab.Documents;
using Krisenstab.EventStore;
using Krisenstab.Messaging.Inbox;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Startup;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.SituationReports.Allocations;
using Krisenstab.SituationReports.Common;
using Krisenstab.SituationReports.Consolidated;
using Krisenstab.SituationReports.Crises;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.SituationReports.Incidents;
using Krisenstab.SituationReports.Meetings;
using Krisenstab.SituationReports.Queries;
using Krisenstab.SituationReports.SectorReports;
using Krisenstab.SituationReports.Staff;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.SituationReports;

/// <summary>
/// Lage (S2): the crisis lifecycle, allocation announcements and arrivals, sector reports, crisis meetings, the
/// consolidated situation report and incidents. Its events are public (<c>situation.*.v1</c>); it consumes
/// Accommodation's reservations and placements to count the people placed. Settings under <c>Krisenstab:Situation</c>.
/// </summary>
public sealed class SituationReportsModule : IServiceModule
{
    /// <summary>The module's name: route prefix, store key and bus endpoint prefix.</summary>
    public const string StoreName = "situation";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var (settings, functions) = SituationSettings.Read(builder.Configuration);
        if (services.TryAddDocumentFonts(builder.Configuration) is { } missingFonts)
        {
            throw new StartupConfigurationException(missingFonts);
        }
        services.AddSingleton(settings);
        services.AddSingleton(functions);

        services.AddAggregate<Crisis?>(StoreName, "crisis", null, Crisis.Apply);
        services.AddAggregate(StoreName, AllocationEndpoints.Category, Announcement.None, (a, e) => a.Apply(e));
        services.AddAggregate(StoreName, AccommodationFacts.Category, PlacementLedger.None, (l, _) => l, AccommodationFacts.Events);
        services.AddAggregate(StoreName, SectorReportEndpoints.Category, SectorReportSet.None, (r, e) => r.Apply(e));
        services.AddAggregate(StoreName, MeetingEndpoints.Category, Meeting.None, (m, e) => m.Apply(e));
        services.AddAggregate(StoreName, ConsolidatedReportEndpoints.Category, ConsolidatedReports.None, (r, e) => r.Apply(e));
        services.AddAggregate(StoreName, IncidentEndpoints.Category, Incident.None, (i, e) => i.Apply(e));
        services.AddPersonalData(StoreName);
        services.AddSingleton(provider => new IncidentText(provider.GetRequiredKeyedService<PersonalDataVault>(StoreName)));
        services.AddSingleton<CrisisGate>();

        services.AddSingleton<CrisisList>();
        services.AddInMemoryProjection<CrisisList>(StoreName, "crisis-list", (list, @event, _) => list.Apply(@event));
        services.AddSingleton<AllocationBoard>();
        AddProjection<AllocationBoard>(services, "allocation-board", (board, @event) => board.Apply(@event));
        services.AddSingleton<IncidentBoard>();
        services.AddInMemoryProjection<IncidentBoard>(StoreName, "incident-board", (board, @event, _) => board.Apply(@event));
        services.AddSingleton<MeetingIndex>();
        services.AddInMemoryProjection<MeetingIndex>(StoreName, "meeting-index", (index, @event, _) => index.Apply(@event));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<AccommodationConsumer>(StoreName);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSituationApi();

    /// <summary>An in-memory read model that sees the module's private events too (the noted placements), not only the public ones.</summary>
    private static void AddProjection<TReadModel>(IServiceCollection services, string id, Action<TReadModel, object> apply)
        where TReadModel : notnull =>
        services.AddInMemoryProjection(StoreName, id, provider =>
        {
            var readModel = provider.GetRequiredService<TReadModel>();
            var serializer = new EventSerializer(AllEvents, provider.GetService<TimeProvider>());
            return (batch, _) =>
            {
                foreach (var recorded in batch)
                {
                    if (serializer.TryDeserialize(recorded, out var @event))
                    {
                        apply(readModel, @event!);
                    }
                }
                return Task.CompletedTask;
            };
        });

    private static EventTypeMap AllEvents { get; } = EventTypeMap.FromAssemblies(typeof(EventTypeMap).Assembly, typeof(SituationReportsModule).Assembly);
}
