using MassTransit;

namespace Krisenstab.Messaging.Delivery;

/// <summary>A service consumer on this bus and the message types it consumes: whose completion a delivery waits for.</summary>
internal sealed record ExpectedConsumer(string Name, IReadOnlyList<Type> MessageTypes)
{
    public static ExpectedConsumer For<TConsumer>(string consumerName)
        where TConsumer : class, IConsumer =>
        new(consumerName, typeof(TConsumer).GetInterfaces()
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(type => type.GetGenericArguments()[0])
            .ToArray());

    /// <summary>True when a published <paramref name="messageType"/> reaches this consumer (MassTransit publishes polymorphically).</summary>
    public bool Consumes(Type messageType) => MessageTypes.Any(consumed => consumed.IsAssignableFrom(messageType));
}
