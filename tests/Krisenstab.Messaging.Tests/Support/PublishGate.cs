using MassTransit;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>
/// Lets the first <c>limit</c> publishes of a host through and holds every later one until the publish is cancelled,
/// so a test can stop a publisher at an exact point in the middle of a batch.
/// </summary>
public sealed class PublishGate(int limit) : IPublishObserver
{
    private int _started;
    private int _confirmed;

    public int Confirmed => Volatile.Read(ref _confirmed);

    public async Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        if (Interlocked.Increment(ref _started) > limit)
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref _confirmed);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
