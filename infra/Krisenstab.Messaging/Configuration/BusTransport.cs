namespace Krisenstab.Messaging.Configuration;

/// <summary>Which MassTransit transport carries the events (<c>Krisenstab:Bus:Transport</c>).</summary>
public enum BusTransport
{
    /// <summary>In-process only: every service module runs in the same process (embedded mode).</summary>
    InMemory,

    /// <summary>RabbitMQ at <c>ConnectionStrings:RabbitMQ</c>: services may run as separate processes.</summary>
    RabbitMQ,
}
