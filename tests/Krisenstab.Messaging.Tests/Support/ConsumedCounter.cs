using MassTransit;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>Counts deliveries of <typeparamref name="T"/> whose consume pipeline finished (applied or skipped as a duplicate).</summary>
public sealed class ConsumedCounter<T> : IConsumeMessageObserver<T>
    where T : class
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
