using System.Net;
using System.Xml.Linq;
using Krisenstab.Communication.Tests.Support;
using Krisenstab.Testing;
using static Krisenstab.Communication.Tests.Support.CommunicationClient;

namespace Krisenstab.Communication.Tests.Api;

public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xml = XNamespace.Xml;

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public Task Each_feed_language_carries_only_its_own_text_with_xml_lang_and_right_to_left_marked(string engine) => Engines.RunAsync(engine, async app =>
    {
        await app.PublishedAsync();
        var germanOnly = await app.PublishedAsync([new { language = "de", title = "Nur Deutsch", text = "Diese Nachricht gibt es nur auf Deutsch." }]);
        var anonymous = app.CreateClient();

        var german = await FeedAsync(anonymous, "de", entries: 2);
        var ukrainian = await FeedAsync(anonymous, "uk", entries: 1);
        var arabic = await FeedAsync(anonymous, "ar", entries: 1);

        Assert.Equal(["de", "uk", "ar"], new[] { german, ukrainian, arabic }.Select(f => (string?)f.Root!.Attribute(Xml + "lang")));
        Assert.Equal(["Nur Deutsch", "Ausgabestelle geöffnet"], Titles(german));
        Assert.Equal(["Пункт видачі відкрито"], Titles(ukrainian));
        Assert.Equal(["تم فتح نقطة التوزيع"], Titles(arabic));
        Assert.DoesNotContain(germanOnly.ToString(), ukrainian.ToString(), StringComparison.Ordinal);
        foreach (var (feed, language, direction) in new[] { (german, "de", "ltr"), (ukrainian, "uk", "ltr"), (arabic, "ar", "rtl") })
        {
            Assert.All(feed.Root!.Elements(Atom + "entry"), entry =>
            {
                Assert.Equal(language, (string?)entry.Attribute(Xml + "lang"));
                var body = entry.Element(Atom + "content")!.Elements().Single();
                Assert.Equal((direction, language), ((string?)body.Attribute("dir"), (string?)body.Attribute("lang")));
            });
        }
        Assert.DoesNotContain("Ausgabestelle", ukrainian.ToString() + arabic, StringComparison.Ordinal);
    }, null);

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public Task Only_the_public_audiences_feeds_are_readable_without_sign_in(string engine) => Engines.RunAsync(engine, async app =>
    {
        await app.PublishedAsync(audience: "council");
        var anonymous = app.CreateClient();

        using var refused = await anonymous.GetAsync($"{Prefix}/feeds/council/de");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var refugees = await anonymous.GetAsync($"{Prefix}/feeds/refugees/uk");
        Assert.Equal(HttpStatusCode.OK, refugees.StatusCode);
        Assert.Equal("application/atom+xml", refugees.Content.Headers.ContentType?.MediaType);
        var signedIn = await app.ClientForAsync("analyst");
        await Eventually.TrueAsync(
            async () => Titles(XDocument.Parse(await signedIn.GetStringAsync($"{Prefix}/feeds/council/de"))).Count == 1, "the council's message in its feed");
        var invalid = await (await anonymous.GetAsync($"{Prefix}/feeds/public/not_a_tag")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("language", out _));
    }, null);

    private static async Task<XDocument> FeedAsync(HttpClient client, string language, int entries) =>
        await Eventually.ReturnsAsync(
            async () => XDocument.Parse(await client.GetStringAsync($"{Prefix}/feeds/public/{language}")),
            feed => feed.Root!.Elements(Atom + "entry").Count() == entries, $"{entries} entries in the {language} feed");

    private static List<string> Titles(XDocument feed) => [.. feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value)];
}
