using Krisenstab.EventStore;
using Krisenstab.Messaging.Inbox;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.Tasking.Decisions;
using Krisenstab.Tasking.Overdue;
using Krisenstab.Tasking.Queries;
using Krisenstab.Tasking.Tasks;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Tasking;

/// <summary>
/// Aufträge (S3): department heads issue tasks to responsible units, which accept, report progress and complete them;
/// an open task past its due time becomes overdue, once. One stream per task (<c>task-{id}</c>); every event is public
/// (<c>tasking.*.v1</c>). It consumes the situation service's task requests from meeting decisions. Routes under
/// <c>/api/tasking</c> (see <see cref="TaskingApi"/>); settings and units under <c>Krisenstab:Tasking</c>.
/// </summary>
public sealed class TaskingModule : IServiceModule
{
    /// <summary>The module's name: route prefix, store key and bus endpoint prefix.</summary>
    public const string StoreName = "tasking";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var (settings, units) = TaskingSettings.Read(builder.Configuration);
        services.AddSingleton(settings);
        services.AddSingleton(units);
        services.AddAggregate(StoreName, WorkTaskRuns.Category, WorkTask.None, (task, @event) => task.Apply(@event));
        services.AddSingleton<TaskBoard>();
        services.AddInMemoryProjection<TaskBoard>(StoreName, "task-board", (board, @event, recorded) => board.Apply(@event, recorded));
        services.AddHostedService<OverdueSweep>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<TaskRequestedConsumer>(StoreName);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTaskingApi();
}
