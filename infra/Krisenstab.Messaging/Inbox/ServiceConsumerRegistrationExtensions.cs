using Krisenstab.Messaging.Delivery;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Inbox;

public static class ServiceConsumerRegistrationExtensions
{
    /// <summary>
    /// Registers a consumer of the service <paramref name="serviceName"/> (its store name, e.g. <c>dashboard</c>): it
    /// gets its own queue <c>{service}-{consumer}</c> (kebab-case, so each service has its own queues and replicas of a
    /// service compete on them) and de-duplicates deliveries by message id in that service's inbox.
    /// </summary>
    public static IConsumerRegistrationConfigurator<TConsumer> AddServiceConsumer<TConsumer>(
        this IBusRegistrationConfigurator bus,
        string serviceName)
        where TConsumer : class, IConsumer
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var consumerName = ServiceEndpointName.For<TConsumer>(serviceName);
        bus.AddSingleton(ExpectedConsumer.For<TConsumer>(consumerName));
        var registration = bus.AddConsumer<TConsumer>((_, consumer) =>
            consumer.UseFilter(new InboxConsumerFilter<TConsumer>(serviceName, consumerName)));
        registration.Endpoint(endpoint => endpoint.Name = consumerName);
        return registration;
    }
}
