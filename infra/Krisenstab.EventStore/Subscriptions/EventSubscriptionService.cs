using Microsoft.Extensions.Hosting;

namespace Krisenstab.EventStore;

/// <summary>Runs one <see cref="EventSubscription"/> for the lifetime of the host.</summary>
internal sealed class EventSubscriptionService(EventSubscription subscription) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => subscription.RunAsync(stoppingToken);
}
