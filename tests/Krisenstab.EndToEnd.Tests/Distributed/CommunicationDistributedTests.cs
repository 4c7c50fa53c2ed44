using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Distributed;

/// <summary>
/// Communication in distributed mode: the gateway and a situation, a communication and a dashboard host as four OS
/// processes on a fresh RabbitMQ vhost and PostgreSQL database; a message approved by a second person and published
/// through the gateway reaches the crisis's picture in the dashboard's process and the public feed.
/// </summary>
public sealed class CommunicationDistributedTests
{
    private const string Title = "Ausgabestelle im Rathaus geöffnet";

    [Fact]
    public async Task A_message_published_through_the_gateway_reaches_the_picture_in_the_dashboard_process_and_the_feed()
    {
        await using var run = await DistributedRun.StartAsync("situation", "communication", "dashboard");
        var http = run.Http;
        var (head, staff, press) = (await Tokens.ForAsync(http, "head"), await Tokens.ForAsync(http, "staff"), await Tokens.ForAsync(http, "press"));
        var crisis = await run.CreatedAsync(head, "/api/situation/crises", new { name = $"Zugang {Guid.NewGuid():N}", region = "Kreis Süd" });
        var texts = new[]
        {
            new { language = "de", title = Title, text = "Die Ausgabestelle im Rathaus ist ab 10 Uhr geöffnet." },
            new { language = "uk", title = "Пункт видачі в ратуші відкрито", text = "Пункт видачі в ратуші відкритий з 10 години." },
        };
        var message = await run.CreatedAsync(staff, "/api/communication/messages", new { crisisId = crisis, audience = "public", channels = new[] { "feed" }, texts });
        await StepAsync(http, staff, message, "submit", run);
        await StepAsync(http, press, message, "approve", run);
        await StepAsync(http, press, message, "publish", run);

        var section = await Eventually.ReturnsAsync(
            async () => await PictureSectionAsync(http, head, crisis),
            s => s is { } c && c.GetProperty("latestPublished").GetArrayLength() == 1,
            $"the published message in the picture\n{run.Errors}",
            TimeSpan.FromSeconds(60));
        var published = section!.Value.GetProperty("latestPublished")[0];
        Assert.Equal((message, Title), (published.GetProperty("messageId").GetGuid(), published.GetProperty("title").GetString()));
        Assert.Equal(0, section.Value.GetProperty("awaitingApproval").GetArrayLength());

        var feed = await Eventually.ReturnsAsync(
            () => http.GetStringAsync("/api/communication/feeds/public/uk"), xml => xml.Contains("<entry", StringComparison.Ordinal), "the message in the Ukrainian feed");
        Assert.Contains("Пункт видачі в ратуші відкрито", feed, StringComparison.Ordinal);
        Assert.DoesNotContain(Title, feed, StringComparison.Ordinal);
    }


    private static async Task StepAsync(HttpClient http, string token, Guid message, string step, DistributedRun run)
    {
        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Post, $"/api/communication/messages/{message}/{step}", token, Tokens.Json(new { })));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{run.Errors}");
    }

    /// <summary>The picture's communication section, or null while the dashboard has not seen the crisis.</summary>
    private static async Task<JsonElement?> PictureSectionAsync(HttpClient http, string token, Guid crisis)
    {
        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, $"/api/dashboard/crises/{crisis}/picture", token));
        return response.StatusCode == HttpStatusCode.OK ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("communication") : null;
    }
}
