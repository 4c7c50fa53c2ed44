using Krisenstab.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Krisenstab.Messaging.Tests;

public class BusHealthTests
{
    [Theory]
    [InlineData(TestBus.InMemory)]
    [InlineData(TestBus.RabbitMq)]
    public async Task The_started_bus_reports_healthy_among_the_ready_checks(string transport)
    {
        await using var bus = await TestBus.CreateAsync(transport);
        var host = await TestHosts.StartAsync(bus, TestService.Consumers(consumers => consumers.AddConsumer<CrisisOpenedRecorder>()));
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var report = await Eventually.ReturnsAsync(
            () => health.CheckHealthAsync(check => check.Tags.Contains("ready")),
            r => r.Entries.TryGetValue("bus", out var entry) && entry.Status == HealthStatus.Healthy,
            "the bus to report healthy");

        Assert.Contains("bus", report.Entries.Keys);
        await TestHosts.StopAllAsync(host);
    }
}
