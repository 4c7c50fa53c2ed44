using System.Text.Json;
using Krisenstab.Communication.Channels;
using Krisenstab.Communication.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Communication.Tests.Channels;

public sealed class WebhookTests
{
    private const string Secret = "ein-geteiltes-geheimnis-fuer-tests";

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_refused_webhook_shows_failed_is_retried_with_backoff_and_delivered_signed_once_accepted(string engine)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Krisenstab:Communication:Webhooks:0:Name"] = "messenger",
            ["Krisenstab:Communication:Webhooks:0:Url"] = receiver.Url.ToString(),
            ["Krisenstab:Communication:Webhooks:0:Secret"] = Secret,
            ["Krisenstab:Communication:FirstRetryAfter"] = "00:00:00.200",
            ["Krisenstab:Communication:MaxRetryAfter"] = "00:00:00.400",
        };
        await Engines.RunAsync(engine, async app =>
        {
            var id = await app.PublishedAsync(channels: ["feed", "webhook"]);
            var staff = await app.ClientForAsync("staff");

            var failed = await Eventually.ReturnsAsync(
                async () => (await staff.HistoryAsync(id)).GetProperty("deliveries")[0],
                d => d.GetProperty("attempts").GetInt32() >= 2, "two refused attempts");
            Assert.Equal(("failed", "HTTP 503", "webhook", "messenger"), (failed.Text("status"), failed.Text("lastError"), failed.Text("channel"), failed.Text("target")));

            receiver.Accepting = true;
            var delivered = await Eventually.ReturnsAsync(
                async () => (await staff.HistoryAsync(id)).GetProperty("deliveries")[0], d => d.Text("status") == "delivered", "the webhook's acceptance");
            Assert.True(delivered.GetProperty("attempts").GetInt32() >= 3);

            var accepted = Assert.Single(receiver.Requests, r => r.Accepted);
            Assert.True(WebhookSignature.Matches(accepted.Signature, accepted.Body, Secret), "the signature verifies with the shared secret");
            Assert.False(WebhookSignature.Matches(accepted.Signature, accepted.Body, Secret + "x"));
            Assert.Equal($"{id}/1", accepted.Delivery);
            var payload = JsonDocument.Parse(accepted.Body).RootElement;
            Assert.Equal(["de", "uk", "ar"], payload.GetProperty("texts").EnumerateArray().Select(t => t.Text("language")));
            Assert.Equal("rtl", payload.GetProperty("texts")[2].Text("direction"));
        }, settings);
    }
}
