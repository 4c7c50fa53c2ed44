using Krisenstab.Dashboard.Analysis;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Consumers;
using Krisenstab.Dashboard.Exports;
using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Lessons;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Replay;
using Krisenstab.Dashboard.Snapshots;
using Krisenstab.Contracts;
using Krisenstab.Documents;
using Krisenstab.EventStore;
using Krisenstab.Messaging.Inbox;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Startup;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Dashboard;

/// <summary>Lagezentrum: consumes public events into journals, serves and pushes the situation picture and the accommodation board.</summary>
public sealed class DashboardModule : IServiceModule
{
    public const string StoreName = "dashboard";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(DashboardSettings.From(builder.Configuration));
        services.AddSignalR(HubTimings.Apply).AddJsonProtocol(options => ContractJson.Configure(options.PayloadSerializerOptions));
        services.AddSingleton<HubAudience>();
        services.AddSingleton<LatestStatePusher>();
        services.AddSingleton<LiveFeeds>();
        services.AddSingleton<DashboardJournal>();
        services.AddSingleton<JournalRecorder>();
        services.AddSingleton<JournalVerifier>();
        services.AddSingleton<CrisisExport>();
        services.AddSingleton<CrisisImport>();
        services.AddSingleton<CrisisAnalysis>();
        if (services.TryAddDocumentFonts(builder.Configuration) is { } missingFonts)
        {
            throw new StartupConfigurationException(missingFonts);
        }
        services.AddSingleton<LiveAccommodationBoard>();
        services.AddSingleton<SituationPictures>();
        services.AddSingleton<PictureNotifier>();
        services.AddSingleton<BoardNotifier>();
        services.AddSingleton<PictureProjection>();
        services.AddSingleton<AccommodationBoardProjection>();
        services.AddInMemoryProjection(StoreName, PictureProjection.Id, sp => sp.GetRequiredService<PictureProjection>().HandleAsync);
        services.AddSingleton(SnapshotSettings.From(builder.Configuration));
        services.AddSingleton<PictureMoments>();
        services.AddInMemoryProjection(StoreName, PictureMoments.Id, sp => sp.GetRequiredService<PictureMoments>().HandleAsync);
        services.AddSingleton(ReplaySettings.From(builder.Configuration));
        services.AddSingleton<ReplayAudience>();
        services.AddSingleton<ReplayNotifier>();
        services.AddSingleton<Replays>();
        services.AddAggregate(StoreName, CrisisLessons.Category, CrisisLessons.None, (lessons, @event) => lessons.Apply(@event), LessonEvents.Map);
        services.AddSingleton<ILessonNotes, LessonNotes>();
        services.AddInMemoryProjection(StoreName, AccommodationBoardProjection.Id, sp => sp.GetRequiredService<AccommodationBoardProjection>().HandleAsync);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<CrisisJournalConsumer>(StoreName);
        bus.AddServiceConsumer<FacilityJournalConsumer>(StoreName);
        bus.AddServiceConsumer<ReservationJournalConsumer>(StoreName);
        bus.AddServiceConsumer<PlacementJournalConsumer>(StoreName);
        bus.AddServiceConsumer<SituationJournalConsumer>(StoreName);
        bus.AddServiceConsumer<StaffingJournalConsumer>(StoreName);
        bus.AddServiceConsumer<TaskJournalConsumer>(StoreName);
        bus.AddServiceConsumer<CommunicationJournalConsumer>(StoreName);
        bus.AddServiceConsumer<LogbookJournalConsumer>(StoreName);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDashboardApi();
        endpoints.MapHub<SituationHub>(SituationHub.Path).RequireRoles(Roles.All);
    }
}
