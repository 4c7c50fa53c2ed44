using System.Collections.Concurrent;
using MassTransit;

namespace Krisenstab.Dashboard.Tests.Support;

/// <summary>Counts finished consumptions per message id, as MassTransit reports them.</summary>
public sealed class ConsumedMessages<T> : IConsumeMessageObserver<T>
    where T : class
{
    private readonly ConcurrentDictionary<Guid, int> _counts = new();

    public int Count(Guid messageId) => _counts.GetValueOrDefault(messageId);

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        _counts.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
