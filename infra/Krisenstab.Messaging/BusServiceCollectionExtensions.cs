using Krisenstab.Contracts;
using Krisenstab.Messaging.Configuration;
using Krisenstab.Messaging.Delivery;
using Krisenstab.Messaging.Wire;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Krisenstab.Messaging;

public static class BusServiceCollectionExtensions
{
    /// <summary>The health check's tags: it belongs to <c>/health/ready</c>.</summary>
    public static readonly IReadOnlyList<string> HealthCheckTags = ["ready", "bus"];

    private static readonly TimeSpan[] RetryIntervals =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)];

    /// <summary>
    /// Adds the MassTransit bus: <c>Krisenstab:Bus:Transport</c> = InMemory (default) or RabbitMQ
    /// (<c>ConnectionStrings:RabbitMQ</c>, an amqp:// URI with the vhost as its path). Public events travel by their
    /// wire names (from the <see cref="EventTypeMap"/> registered in DI, <see cref="EventTypeMap.Public"/> unless one was
    /// registered before). A failed message is retried a few times and then moved to MassTransit's <c>_error</c> queue.
    /// Throws <see cref="BusConfigurationException"/> (one line saying what to set) for settings that cannot work.
    /// </summary>
    public static IServiceCollection AddKrisenstabBus(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        var settings = BusSettings.From(configuration);
        services.TryAddSingleton(EventTypeMap.Public);
        services.AddOptions<MassTransitHostOptions>().Configure(host => host.WaitUntilStarted = true);
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "bus";
                foreach (var tag in HealthCheckTags)
                {
                    health.Tags.Add(tag);
                }
            });
            addConsumers(bus);
            if (settings.Transport == BusTransport.RabbitMQ)
            {
                UseRabbitMq(bus, settings.RabbitMqAddress!);
            }
            else
            {
                services.TryAddSingleton<DeliveryTracker>();
                bus.UsingInMemory((context, cfg) =>
                {
                    ConfigureCommon(context, cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return services;
    }

    private static void UseRabbitMq(IBusRegistrationConfigurator bus, Uri address)
    {
        bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
        {
            if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
            {
                rabbit.SetQuorumQueue();
            }
        });
        bus.UsingRabbitMq((context, cfg) =>
        {
            cfg.Host(address, host => host.PublisherConfirmation = true);
            ConfigureCommon(context, cfg);
            cfg.ConfigureEndpoints(context);
        });
    }

    private static void ConfigureCommon(IBusRegistrationContext context, IBusFactoryConfigurator cfg)
    {
        cfg.UsePublicEventWireNames(context.GetRequiredService<EventTypeMap>());
        cfg.UseMessageRetry(retry => retry.Intervals(RetryIntervals));
    }
}
