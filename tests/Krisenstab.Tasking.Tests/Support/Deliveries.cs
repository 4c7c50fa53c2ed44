using MassTransit;

namespace Krisenstab.Tasking.Tests.Support;

/// <summary>How many times the consumers finished a message of type <typeparamref name="T"/>, whatever its id.</summary>
public sealed class Deliveries<T> : IConsumeMessageObserver<T>
    where T : class
{
    private int _finished;

    public int Finished => Volatile.Read(ref _finished);

    Task IConsumeMessageObserver<T>.PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    Task IConsumeMessageObserver<T>.PostConsume(ConsumeContext<T> context)
    {
        Interlocked.Increment(ref _finished);
        return Task.CompletedTask;
    }

    Task IConsumeMessageObserver<T>.ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
