using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Krisenstab.Communication.Messages;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Channels;

/// <summary>POSTs the version as JSON to the configured webhook, signed with its shared secret; a 2xx answer is acceptance.</summary>
public sealed class WebhookChannel(IHttpClientFactory clients, CommunicationSettings settings) : IDeliveryChannel
{
    public const string ClientName = "communication-webhooks";

    public MessageChannel Channel => MessageChannel.Webhook;

    public async Task<DeliveryOutcome> DeliverAsync(Message message, MessageVersion version, DeliveryTarget target, CancellationToken cancellationToken)
    {
        if (settings.Webhooks.FirstOrDefault(w => w.Name == target.Target) is not { } webhook)
        {
            return DeliveryOutcome.Failure($"webhook '{target.Target}' is no longer configured");
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookPayload.Of(message, version), ContractJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Of(body, webhook.Secret));
        request.Headers.Add(WebhookSignature.DeliveryHeader, $"{message.Id}/{version.Number}");
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? DeliveryOutcome.Success : DeliveryOutcome.Failure($"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException failure)
        {
            return DeliveryOutcome.Failure(failure.InnerException is SocketException socket ? $"socket {socket.SocketErrorCode}" : $"HTTP {failure.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Failure("timeout");
        }
    }
}
