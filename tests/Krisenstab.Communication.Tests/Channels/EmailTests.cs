using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Krisenstab.Communication.Tests.Support;
using Krisenstab.Testing;
using static Krisenstab.Communication.Tests.Support.CommunicationClient;

namespace Krisenstab.Communication.Tests.Channels;

public sealed class EmailTests
{
    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Each_recipient_gets_the_mail_in_their_language_over_SMTP_and_German_when_theirs_is_missing(string engine)
    {
        await using var smtp = LocalSmtpServer.Start();
        var settings = new Dictionary<string, string>
        {
            ["Krisenstab:Communication:Smtp:Host"] = "127.0.0.1",
            ["Krisenstab:Communication:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Krisenstab:Communication:Smtp:Security"] = "None",
            ["Krisenstab:Communication:Smtp:From"] = "lage@landkreis.example",
        };
        await Engines.RunAsync(engine, async app =>
        {
            var press = await app.ClientForAsync("press");
            foreach (var (address, language) in new[] { ("olena@example.org", "uk"), ("amal@example.org", "ar"), ("marie@example.org", "fr") })
            {
                using var added = await press.PostAsJsonAsync($"{Prefix}/recipients", new { audience = "volunteers", address, language });
                Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            }
            await Eventually.TrueAsync(
                async () => (await (await press.GetAsync($"{Prefix}/recipients/volunteers")).ExpectJsonAsync(HttpStatusCode.OK)).GetArrayLength() == 3, "three recipients listed");

            var id = await app.PublishedAsync(audience: "volunteers", channels: ["email"]);

            await Eventually.TrueAsync(() => smtp.Mails.Count == 3, "three mails at the SMTP server");
            var byRecipient = smtp.Mails.ToDictionary(m => m.To.Mailboxes.Single().Address, m => m);
            Assert.Equal("Пункт видачі відкрито", byRecipient["olena@example.org"].Subject);
            Assert.Equal("تم فتح نقطة التوزيع", byRecipient["amal@example.org"].Subject);
            Assert.Contains("dir=\"rtl\"", byRecipient["amal@example.org"].HtmlBody, StringComparison.Ordinal);
            Assert.Equal("Ausgabestelle geöffnet", byRecipient["marie@example.org"].Subject);
            var deliveries = await Eventually.ReturnsAsync(
                async () => (await press.HistoryAsync(id)).GetProperty("deliveries").EnumerateArray().ToList(),
                list => list.Count == 3 && list.All(d => d.Text("status") == "delivered"), "three deliveries accepted");
            Assert.Equal(["ar", "de", "uk"], deliveries.Select(d => d.Text("language")).Order(StringComparer.Ordinal));
        }, settings);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public Task A_mail_server_that_is_down_shows_the_delivery_failed_never_sent(string engine)
    {
        var settings = new Dictionary<string, string>
        {
            ["Krisenstab:Communication:Smtp:Host"] = "127.0.0.1",
            ["Krisenstab:Communication:Smtp:Port"] = "9",
            ["Krisenstab:Communication:Smtp:Security"] = "None",
            ["Krisenstab:Communication:Smtp:From"] = "lage@landkreis.example",
        };
        return Engines.RunAsync(engine, async app =>
        {
            var press = await app.ClientForAsync("press");
            using var added = await press.PostAsJsonAsync($"{Prefix}/recipients", new { audience = "staff", address = "someone@example.org", language = "de" });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            await Eventually.TrueAsync(
                async () => (await (await press.GetAsync($"{Prefix}/recipients/staff")).ExpectJsonAsync(HttpStatusCode.OK)).GetArrayLength() == 1, "the recipient listed");

            var id = await app.PublishedAsync(audience: "staff", channels: ["email"]);

            var failed = await Eventually.ReturnsAsync(
                async () => (await press.HistoryAsync(id)).GetProperty("deliveries")[0], d => d.Text("status") == "failed", "the refused delivery");
            Assert.Equal("socket ConnectionRefused", failed.Text("lastError"));
            Assert.DoesNotContain("someone@example.org", failed.ToString(), StringComparison.Ordinal);
        }, settings);
    }
}
