using System.Collections.Concurrent;
using MassTransit;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>The message ids an endpoint received, whether or not any consumer could take them.</summary>
public sealed class ReceivedMessageIds : IReceiveObserver
{
    public ConcurrentQueue<Guid> Ids { get; } = new();

    public Task PreReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id)
        {
            Ids.Enqueue(id);
        }
        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
