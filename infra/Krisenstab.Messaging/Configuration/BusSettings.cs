using Microsoft.Extensions.Configuration;

namespace Krisenstab.Messaging.Configuration;

/// <summary>The bus settings read from configuration, checked so that a setting that cannot work stops the start.</summary>
public sealed record BusSettings(RunMode Mode, BusTransport Transport, Uri? RabbitMqAddress)
{
    public const string ModeKey = "Krisenstab:Mode";
    public const string TransportKey = "Krisenstab:Bus:Transport";
    public const string RabbitMqConnectionStringName = "RabbitMQ";

    /// <summary>Reads and checks the settings; throws <see cref="BusConfigurationException"/> with one line saying what to set.</summary>
    public static BusSettings From(IConfiguration configuration)
    {
        var mode = ParseEnum(configuration[ModeKey], RunMode.Embedded, "Krisenstab__Mode", "Embedded or Distributed");
        var transport = ParseEnum(configuration[TransportKey], BusTransport.InMemory, "Krisenstab__Bus__Transport", "InMemory or RabbitMQ");

        if (mode == RunMode.Distributed && transport == BusTransport.InMemory)
        {
            throw new BusConfigurationException(
                "Krisenstab:Mode is Distributed but an in-memory bus cannot connect separate processes: set Krisenstab__Bus__Transport=RabbitMQ.");
        }

        return transport == BusTransport.RabbitMQ
            ? new BusSettings(mode, transport, RabbitMqAddressFrom(configuration.GetConnectionString(RabbitMqConnectionStringName)))
            : new BusSettings(mode, transport, null);
    }

    private static TEnum ParseEnum<TEnum>(string? value, TEnum defaultValue, string variable, string allowed)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }
        return Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new BusConfigurationException($"Unknown {variable} '{value}': set it to {allowed}.");
    }

    private static Uri RabbitMqAddressFrom(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new BusConfigurationException(
                "Krisenstab:Bus:Transport is RabbitMQ but no broker is configured: set ConnectionStrings__RabbitMQ=amqp://user:password@host:5672/vhost.");
        }
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var address) || address.Scheme is not ("amqp" or "amqps" or "rabbitmq" or "rabbitmqs"))
        {
            throw new BusConfigurationException(
                "ConnectionStrings:RabbitMQ is not an amqp:// URI: set ConnectionStrings__RabbitMQ=amqp://user:password@host:5672/vhost.");
        }
        return address;
    }
}
