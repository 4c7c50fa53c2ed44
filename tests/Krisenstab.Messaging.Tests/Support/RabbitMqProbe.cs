using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>Looks into a test's RabbitMQ virtual host from outside MassTransit, with the plain client.</summary>
public sealed class RabbitMqProbe : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RabbitMqProbe(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<RabbitMqProbe> ConnectAsync(RabbitMqVirtualHost virtualHost)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(virtualHost.ConnectionString) }.CreateConnectionAsync();
        return new RabbitMqProbe(connection, await connection.CreateChannelAsync());
    }

    /// <summary>A queue of the probe's own bound to <paramref name="exchange"/>, which must already exist.</summary>
    public async Task<string> BindQueueAsync(string exchange)
    {
        await _channel.ExchangeDeclarePassiveAsync(exchange);
        var queue = await _channel.QueueDeclareAsync(queue: string.Empty, durable: false, exclusive: true, autoDelete: true);
        await _channel.QueueBindAsync(queue.QueueName, exchange, routingKey: string.Empty);
        return queue.QueueName;
    }

    /// <summary>
    /// The next message of <paramref name="queue"/>, or null while it is empty, not yet declared, or declared a moment
    /// ago and its queue process not yet started (RabbitMQ then answers 541 "noproc").
    /// </summary>
    public async Task<BasicGetResult?> GetAsync(string queue)
    {
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            return await channel.BasicGetAsync(queue, autoAck: true);
        }
        catch (OperationInterruptedException notYet) when (notYet.ShutdownReason?.ReplyCode == Constants.NotFound
            || (notYet.ShutdownReason?.ReplyCode == Constants.InternalError && notYet.ShutdownReason.ReplyText.Contains("noproc", StringComparison.Ordinal)))
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
