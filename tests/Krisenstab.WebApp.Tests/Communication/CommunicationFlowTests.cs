using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Communication;

public class CommunicationFlowTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private const string GermanTitle = "Ausgabestelle im Rathaus geöffnet";
    private const string GermanText = "Die Ausgabestelle im Rathaus ist ab 10 Uhr geöffnet.";
    private const string ArabicTitle = "تم فتح نقطة التوزيع في البلدية";
    private const string ArabicText = "نقطة التوزيع في مبنى البلدية مفتوحة من الساعة العاشرة.";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xml = XNamespace.Xml;

    [Fact]
    public async Task A_message_written_in_two_languages_is_approved_by_a_second_person_only_and_appears_in_each_feed_in_its_own_language()
    {
        var crisisId = await OpenCrisisAsync();
        await SignInAsync("press", $"/mitteilungen/neu?krise={crisisId}");
        var id = await WriteAsync();
        Assert.Empty(PageErrors);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Zur Freigabe einreichen" }).ClickAsync();
        await Expect(Page.Locator("[data-message-status]")).ToHaveAttributeAsync("data-message-status", "submitted");
        await Expect(Page.Locator("[data-own-message]")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Freigeben" })).ToHaveCountAsync(0);
        using (var author = await Gateway.ClientForAsync("press"))
        using (var own = await author.PostAsJsonAsync($"/api/communication/messages/{id}/approve", new { }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
            Assert.Equal("own-message", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("head", "/mitteilungen/freigaben");
        var queued = Page.Locator($"[data-queue-message=\"{id}\"]");
        await Expect(queued.Locator("[data-text-language=de] h4")).ToHaveTextAsync(GermanTitle);
        var arabic = queued.Locator("[data-text-language=ar] h4");
        await Expect(arabic).ToHaveTextAsync(ArabicTitle);
        await Expect(arabic).ToHaveAttributeAsync("dir", "rtl");
        await Expect(arabic).ToHaveAttributeAsync("lang", "ar");
        await queued.GetByRole(AriaRole.Button, new() { Name = "Freigeben" }).ClickAsync();
        await Expect(queued).ToHaveCountAsync(0);

        await Page.GotoAsync($"/mitteilungen/{id}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Veröffentlichen" }).ClickAsync();
        await Expect(Page.Locator("[data-message-status]")).ToHaveAttributeAsync("data-message-status", "published");
        await Expect(Page.Locator("[data-delivery=feed]")).ToContainTextAsync("im Feed seit");

        var german = await FeedEntryAsync("de");
        var inArabic = await FeedEntryAsync("ar");
        Assert.Equal((GermanTitle, GermanText, "de", "ltr"), Describe(german));
        Assert.Equal((ArabicTitle, ArabicText, "ar", "rtl"), Describe(inArabic));
        Assert.DoesNotContain(ArabicTitle, german.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(GermanTitle, inArabic.ToString(), StringComparison.Ordinal);
        Assert.Empty(PageErrors);
    }

    /// <summary>Writes the German and the Arabic text in their tabs (the Arabic one right to left), saves, and returns the new message's id from its page.</summary>
    private async Task<Guid> WriteAsync()
    {
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Mitteilung schreiben" });
        await form.Locator("input[lang=de]").FillAsync(GermanTitle);
        await form.Locator("textarea[lang=de]").FillAsync(GermanText);
        await form.GetByLabel("Weitere Sprache").FillAsync("ar");
        await form.GetByRole(AriaRole.Button, new() { Name = "Sprache hinzufügen" }).ClickAsync();
        await Expect(form.Locator("[data-language-tab=ar]")).ToHaveAttributeAsync("aria-selected", "true");
        var title = form.Locator("input[lang=ar]");
        await Expect(title).ToHaveAttributeAsync("dir", "rtl");
        await Expect(form.Locator("textarea[lang=ar]")).ToHaveAttributeAsync("dir", "rtl");
        await title.FillAsync(ArabicTitle);
        await form.Locator("textarea[lang=ar]").FillAsync(ArabicText);
        await form.Locator("[data-language-tab=de]").ClickAsync();
        await Expect(form.Locator("input[lang=de]")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(form.Locator("input[lang=de]")).ToHaveValueAsync(GermanTitle);
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(Page.Locator("[data-message-title]")).ToHaveTextAsync(GermanTitle);
        return Guid.Parse(new Uri(Page.Url).Segments[^1]);
    }

    /// <summary>The public feed in one language, read without sign-in as a website would, once the message is in it: its one entry.</summary>
    private async Task<XElement> FeedEntryAsync(string language)
    {
        using var anonymous = new HttpClient { BaseAddress = Address };
        var feed = await Eventually.ReturnsAsync(
            async () => XDocument.Parse(await anonymous.GetStringAsync($"/api/communication/feeds/public/{language}")),
            xml => xml.Root!.Elements(Atom + "entry").Any(), $"the message in the {language} feed");
        Assert.Equal(language, (string?)feed.Root!.Attribute(Xml + "lang"));
        return Assert.Single(feed.Root.Elements(Atom + "entry"));
    }

    private static (string? Title, string? Text, string? Language, string? Direction) Describe(XElement entry)
    {
        var body = entry.Element(Atom + "content")!.Elements().Single();
        return ((string?)entry.Element(Atom + "title"), body.Value, (string?)entry.Attribute(Xml + "lang"), (string?)body.Attribute("dir"));
    }
}
