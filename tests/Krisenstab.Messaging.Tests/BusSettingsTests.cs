using Krisenstab.Messaging;
using Krisenstab.Messaging.Configuration;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Messaging.Tests;

public class BusSettingsTests
{
    [Theory]
    [InlineData("Kafka", null, null, "Unknown Krisenstab__Bus__Transport 'Kafka': set it to InMemory or RabbitMQ.")]
    [InlineData("RabbitMQ", null, null,
        "Krisenstab:Bus:Transport is RabbitMQ but no broker is configured: set ConnectionStrings__RabbitMQ=amqp://user:password@host:5672/vhost.")]
    [InlineData("RabbitMQ", null, "localhost:5672",
        "ConnectionStrings:RabbitMQ is not an amqp:// URI: set ConnectionStrings__RabbitMQ=amqp://user:password@host:5672/vhost.")]
    [InlineData(null, "Distributed", null,
        "Krisenstab:Mode is Distributed but an in-memory bus cannot connect separate processes: set Krisenstab__Bus__Transport=RabbitMQ.")]
    [InlineData("InMemory", "Distributed", null,
        "Krisenstab:Mode is Distributed but an in-memory bus cannot connect separate processes: set Krisenstab__Bus__Transport=RabbitMQ.")]
    [InlineData(null, "Cluster", null, "Unknown Krisenstab__Mode 'Cluster': set it to Embedded or Distributed.")]
    public void A_setting_that_cannot_work_stops_the_start_with_one_line_saying_what_to_set(
        string? transport, string? mode, string? connectionString, string expected)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [BusSettings.TransportKey] = transport,
            [BusSettings.ModeKey] = mode,
            ["ConnectionStrings:RabbitMQ"] = connectionString,
        });

        var error = Assert.Throws<BusConfigurationException>(() => builder.Services.AddKrisenstabBus(builder.Configuration, _ => { }));

        Assert.Equal(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(null, null, null, RunMode.Embedded, BusTransport.InMemory)]
    [InlineData("rabbitmq", "distributed", "amqp://guest:guest@localhost:5672/krisenstab", RunMode.Distributed, BusTransport.RabbitMQ)]
    [InlineData("RabbitMQ", "Embedded", "amqp://localhost/", RunMode.Embedded, BusTransport.RabbitMQ)]
    public void Settings_that_work_are_read(string? transport, string? mode, string? connectionString, RunMode expectedMode, BusTransport expectedTransport)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [BusSettings.TransportKey] = transport,
            [BusSettings.ModeKey] = mode,
            ["ConnectionStrings:RabbitMQ"] = connectionString,
        }).Build();

        var settings = BusSettings.From(configuration);

        Assert.Equal(expectedMode, settings.Mode);
        Assert.Equal(expectedTransport, settings.Transport);
        Assert.Equal(connectionString is null ? null : new Uri(connectionString), settings.RabbitMqAddress);
    }
}
