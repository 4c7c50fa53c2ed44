using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Communication;

public class CommunicationPictureTests
{
    /// <summary>A webhook on a loopback port nothing listens on: every attempt is refused, so the delivery stays failed.</summary>
    private static readonly Dictionary<string, string> RefusingWebhook = new()
    {
        ["Krisenstab:Communication:DeliveryPollInterval"] = "00:00:00.100",
        ["Krisenstab:Communication:Webhooks:0:Name"] = "messenger",
        ["Krisenstab:Communication:Webhooks:0:Url"] = "http://127.0.0.1:9/hook",
        ["Krisenstab:Communication:Webhooks:0:Secret"] = "ein-geteiltes-geheimnis-fuer-tests",
    };

    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task A_message_through_the_bus_reaches_the_picture_awaiting_approval_then_published_with_its_failed_delivery_and_the_feed(string engine)
    {
        await using var started = await EngineApp.StartAsync(engine, RefusingWebhook);
        var staff = await started.App.ClientForAsync(Roles.Staff);
        var press = await started.App.ClientForAsync(Roles.Press);
        var crisis = await (await started.App.ClientForAsync(Roles.Head)).OpenCrisisAsync();
        var id = await DraftAsync(staff, crisis);
        await StepAsync(staff, id, "submit");

        var awaiting = await PictureAsync(staff, crisis, c => c.GetProperty("awaitingApproval").GetArrayLength() == 1, "the message awaiting approval");
        Assert.Equal(("Ausgabestelle geöffnet", "public"), (Text(awaiting.GetProperty("awaitingApproval")[0], "title"), Text(awaiting.GetProperty("awaitingApproval")[0], "audience")));

        await StepAsync(press, id, "approve");
        await StepAsync(press, id, "publish");

        var published = await PictureAsync(
            staff, crisis, c => c.GetProperty("latestPublished").GetArrayLength() == 1 && c.GetProperty("failedDeliveries").GetArrayLength() == 1,
            "the published message and its refused webhook");
        Assert.Equal(0, published.GetProperty("awaitingApproval").GetArrayLength());
        Assert.Equal(id, published.GetProperty("latestPublished")[0].GetProperty("messageId").GetGuid());
        var failure = published.GetProperty("failedDeliveries")[0];
        Assert.Equal(("webhook", "messenger", "Ausgabestelle geöffnet"), (Text(failure, "channel"), Text(failure, "target"), Text(failure, "title")));

        var feed = (await staff.GetJsonAsync($"/api/dashboard/crises/{crisis}/feed")).EnumerateArray().Select(l => Text(l, "de")!).ToList();
        Assert.Contains("Mitteilung „Ausgabestelle geöffnet“ an die Öffentlichkeit veröffentlicht (Feed, Webhook)", feed);
        Assert.Contains("Mitteilung (Fassung 1) freigegeben (Presse)", feed);
        Assert.Contains(feed, l => l.StartsWith("Mitteilung (Fassung 1): Zustellung über Webhook „messenger“ fehlgeschlagen", StringComparison.Ordinal));
    }

    private static async Task<Guid> DraftAsync(HttpClient client, Guid crisis)
    {
        var texts = new[]
        {
            new { language = "de", title = "Ausgabestelle geöffnet", text = "Die Ausgabestelle im Rathaus ist ab 10 Uhr geöffnet." },
            new { language = "ar", title = "تم فتح نقطة التوزيع", text = "نقطة التوزيع في مبنى البلدية مفتوحة من الساعة العاشرة." },
        };
        using var response = await client.PostAsJsonAsync("/api/communication/messages", new { crisisId = crisis, audience = "public", channels = new[] { "feed", "webhook" }, texts });
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task StepAsync(HttpClient client, Guid id, string step)
    {
        using var response = await client.PostAsJsonAsync($"/api/communication/messages/{id}/{step}", new { });
        await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> PictureAsync(HttpClient client, Guid crisis, Func<JsonElement, bool> until, string what) =>
        (await Eventually.ReturnsAsync(
            () => client.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"),
            p => p is { } picture && until(picture.GetProperty("communication")),
            what))!.Value.GetProperty("communication");

    private static string? Text(JsonElement json, string property) => json.GetProperty(property).GetString();
}
