using MassTransit;

namespace Krisenstab.Tasking.Tests.Support;

/// <summary>
/// Counts the finished deliveries of <typeparamref name="T"/> to one service's queues (<c>{service}-…</c>): other
/// services consume the same message on their own queues (the dashboard journals it too).
/// </summary>
public sealed class Deliveries<T>(string service) : IConsumeMessageObserver<T>
    where T : class
{
    private int _finished;

    public int Finished => Volatile.Read(ref _finished);

    Task IConsumeMessageObserver<T>.PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    Task IConsumeMessageObserver<T>.PostConsume(ConsumeContext<T> context)
    {
        if (context.ReceiveContext.InputAddress.AbsolutePath.TrimStart('/').StartsWith($"{service}-", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _finished);
        }
        return Task.CompletedTask;
    }

    Task IConsumeMessageObserver<T>.ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
