using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>Starts generic hosts running services on a <see cref="TestBus"/>.</summary>
public static class TestHosts
{
    /// <summary>One started host running all of <paramref name="services"/> (embedded mode, or one process of a distributed one).</summary>
    public static async Task<IHost> StartAsync(TestBus bus, params TestService[] services)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(bus.Settings());
        builder.Services.AddSingleton<Received>();
        foreach (var service in services)
        {
            service.AddServices(builder);
        }
        builder.Services.AddKrisenstabBus(builder.Configuration, consumers =>
        {
            foreach (var service in services)
            {
                service.AddConsumers(consumers);
            }
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>
    /// The publishing and the consuming service: two hosts (processes) over RabbitMQ, or one embedded host in memory.
    /// The consumer starts first so that its queue is bound before anything is published.
    /// </summary>
    public static async Task<(IHost Publisher, IHost Consumer)> StartPairAsync(TestBus bus, TestService publisher, TestService consumer)
    {
        if (!bus.ConnectsSeparateHosts)
        {
            var embedded = await StartAsync(bus, publisher, consumer);
            return (embedded, embedded);
        }
        var consumerHost = await StartAsync(bus, consumer);
        return (await StartAsync(bus, publisher), consumerHost);
    }

    public static async Task StopAllAsync(params IHost[] hosts)
    {
        foreach (var host in hosts.Distinct())
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
