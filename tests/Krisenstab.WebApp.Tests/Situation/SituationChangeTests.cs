using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Situation;

/// <summary>Changing what was recorded: an announcement changed (its history shown) and cancelled, an incident updated, a meeting's attendees and notes.</summary>
public class SituationChangeTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Live = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_announcement_changed_on_the_screen_shows_its_history_and_once_cancelled_counts_nothing_in_the_picture()
    {
        var crisisId = await OpenCrisisAsync("Zuweisung geändert");
        var day = BerlinDay(2);
        await AnnounceAsync(crisisId, day, 45, "LEA Gießen");
        await SignInAsync("staff", $"/krisen/{crisisId}/lage");
        var row = Page.Locator("tr[data-announcement]");
        await Expect(row.Locator("[data-announced]")).ToHaveTextAsync("45", Live);

        await row.GetByRole(AriaRole.Button, new() { Name = $"Ändern: {day} LEA Gießen" }).ClickAsync();
        var change = Form("Zuweisung ändern");
        await Expect(change.GetByLabel("Personen")).ToHaveValueAsync("45");
        await change.GetByLabel("Personen").FillAsync("52");
        await change.GetByLabel("Von").FillAsync("14:00");
        await change.GetByLabel("Bis").FillAsync("18:00");
        await change.GetByLabel("Grund").FillAsync("Nachmeldung der LEA");
        await change.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(row.Locator("[data-announced]")).ToHaveTextAsync("52");
        await Expect(row.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync($"{day} 14:00–18:00");
        await row.Locator("[data-history] summary").ClickAsync();
        await Expect(row.Locator("[data-history] li")).ToHaveCountAsync(2);
        await Expect(row.Locator("[data-history] li").First).ToContainTextAsync("45 Personen");
        await Expect(row.Locator("[data-history] li").Last).ToContainTextAsync("52 Personen");
        await Expect(row.Locator("[data-history] li").Last).ToContainTextAsync("Nachmeldung der LEA");

        await OpenPictureAsync(crisisId, "Zuweisung geändert");
        await Expect(Page.Locator("[data-situation-total=announced]")).ToHaveTextAsync("52", Live);

        await Page.GotoAsync($"/krisen/{crisisId}/lage");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Absagen: {day} LEA Gießen" }).ClickAsync();
        var cancel = Form("Zuweisung absagen");
        await cancel.GetByLabel("Grund").FillAsync("Bus fällt aus");
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Absagen" }).ClickAsync();
        await Expect(row).ToContainTextAsync("abgesagt");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await OpenPictureAsync(crisisId, "Zuweisung geändert");
        await Expect(Page.Locator("[data-situation-total=announced]")).ToHaveTextAsync("0", Live);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Places_reserved_on_the_page_for_an_announcement_count_as_placed_for_it_on_the_screen_and_in_the_picture()
    {
        var crisisId = await OpenCrisisAsync("Untergebracht je Zuweisung");
        await RegisterFacilityAsync("Turnhalle Ost", "Kassel", 60);
        var day = BerlinDay(0);
        var bus = await AnnounceAsync(crisisId, day, 30, "LEA Bramsche");
        var train = await AnnounceAsync(crisisId, BerlinDay(1), 20, "LEA Gießen");
        await SignInAsync("staff", $"/krisen/{crisisId}");

        var panel = await OpenFacilityPanelAsync("Turnhalle Ost");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Plätze reservieren" }).ClickAsync();
        var reserve = Form("Plätze reservieren");
        await reserve.GetByLabel("Plätze").FillAsync("12");
        await reserve.GetByLabel("Zeichen der Zuweisung").FillAsync("Bus 3");
        await Expect(reserve.GetByLabel("Für Zuweisung").Locator("option")).ToHaveCountAsync(3, new() { Timeout = 15_000 });
        await reserve.GetByLabel("Für Zuweisung").SelectOptionAsync(bus.ToString());
        await reserve.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await panel.Locator("li", new() { HasText = "(Bus 3)" }).GetByRole(AriaRole.Button, new() { Name = "Aus Reservierung unterbringen" }).ClickAsync();
        var place = Form("Haushalt unterbringen");
        await place.GetByLabel("Personen").FillAsync("5");
        await place.GetByLabel("Aktenzeichen des Haushalts").FillAsync("AZ-77");
        await place.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(panel.Locator("li", new() { HasText = "AZ-77: 5 Personen" })).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Escape");

        await Expect(Page.Locator($"tr[data-picture-announcement=\"{bus}\"] [data-placed]")).ToHaveTextAsync("5", Live);
        await Expect(Page.Locator($"tr[data-picture-announcement=\"{train}\"] [data-placed]")).ToHaveTextAsync("0");
        await Expect(Page.Locator("[data-situation-total=placed]")).ToHaveTextAsync("5");

        await Page.GotoAsync($"/krisen/{crisisId}/lage");
        await Expect(Page.Locator($"tr[data-announcement=\"{bus}\"] [data-placed]")).ToHaveTextAsync("5", Live);
        await Expect(Page.Locator($"tr[data-announcement=\"{train}\"] [data-placed]")).ToHaveTextAsync("0");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task An_incident_updated_by_staff_changes_its_counts_in_the_picture_and_the_head_reads_the_new_text()
    {
        var crisisId = await OpenCrisisAsync("Vorkommnis aktualisiert");
        var facilityId = await RegisterFacilityAsync("Schule Süd", "Vellmar", 30);
        await PostAsync($"/api/situation/crises/{crisisId}/incidents",
            new { facilityId, category = "conflict", severity = "minor", occurredAt = DateTimeOffset.UtcNow.AddMinutes(-30), text = "Streit im Speisesaal" });
        await SignInAsync("staff", $"/krisen/{crisisId}/lage");
        var incident = Page.Locator("li[data-incident]");
        await Expect(incident).ToContainTextAsync("Konflikt, leicht", new() { Timeout = 15_000 });

        await incident.GetByRole(AriaRole.Button, new() { Name = "Aktualisieren: Konflikt" }).ClickAsync();
        var update = Form("Vorkommnis aktualisieren");
        await update.GetByLabel("Art").SelectOptionAsync("violence");
        await update.GetByLabel("Schwere").SelectOptionAsync("critical");
        await update.GetByLabel("Neuer Text").FillAsync("Streit im Speisesaal, Herr B. mit Platzwunde ins Krankenhaus");
        await update.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(incident).ToContainTextAsync("Gewalt, kritisch");
        await Expect(Page.Locator("[data-incident-text]")).ToHaveCountAsync(0);

        await OpenPictureAsync(crisisId, "Vorkommnis aktualisiert");
        await Expect(Page.Locator("[data-incident-severity=critical]")).ToHaveTextAsync("1", Live);
        await Expect(Page.Locator("[data-incident-category=conflict]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Platzwunde");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("head", $"/krisen/{crisisId}/lage");
        await Expect(Page.Locator("[data-incident-text]")).ToHaveTextAsync("Streit im Speisesaal, Herr B. mit Platzwunde ins Krankenhaus", Live);
    }

    [Fact]
    public async Task A_meeting_with_attendees_lists_their_turns_and_keeps_facts_assumptions_and_open_questions_apart_also_in_the_minutes()
    {
        var crisisId = await OpenCrisisAsync("Besprechung mit Notizen");
        await SignInAsync("staff", $"/krisen/{crisisId}/lage");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Lagebesprechung ansetzen", Exact = true }).ClickAsync(new() { Timeout = 15_000 });
        var schedule = Form("Lagebesprechung ansetzen");
        await schedule.GetByLabel("S4 — Versorgung").CheckAsync();
        await schedule.GetByLabel("S2 — Lage").CheckAsync();
        await schedule.GetByLabel("Teilnehmende Stellen").FillAsync("Sozialamt, Gesundheitsamt");
        await schedule.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        var meeting = Page.Locator("article[data-meeting]");
        await Expect(meeting.Locator("[data-attendees]")).ToContainTextAsync("S4 Versorgung", new() { Timeout = 15_000 });
        await Expect(meeting.Locator("[data-attendees]")).ToContainTextAsync("Gesundheitsamt");
        await Expect(meeting.Locator("[data-agenda] li")).ToHaveTextAsync(["S2 Lage", "S4 Versorgung"]);

        await AddNoteAsync(meeting, "Fakt", "45 Personen für morgen angekündigt", "S2");
        await AddNoteAsync(meeting, "Annahme", "Die Hälfte sind Familien mit Kindern", null);
        await AddNoteAsync(meeting, "Offene Frage", "Wer stellt Dolmetscher?", "S4");
        await Expect(meeting.Locator("[data-notes=fact] li")).ToHaveTextAsync(["45 Personen für morgen angekündigt (S2)"]);
        await Expect(meeting.Locator("[data-notes=assumption] li")).ToHaveTextAsync(["Die Hälfte sind Familien mit Kindern"]);
        await Expect(meeting.Locator("[data-notes=open-question] li")).ToHaveTextAsync(["Wer stellt Dolmetscher? (S4)"]);

        var minutes = await Page.RunAndWaitForDownloadAsync(() => meeting.GetByRole(AriaRole.Button, new() { Name = "Protokoll herunterladen" }).ClickAsync());
        var text = File.ReadAllText(await minutes.PathAsync());
        Assert.True(text.IndexOf("45 Personen", StringComparison.Ordinal) < text.IndexOf("Die Hälfte", StringComparison.Ordinal), text);
        Assert.True(text.IndexOf("Die Hälfte", StringComparison.Ordinal) < text.IndexOf("Dolmetscher", StringComparison.Ordinal), text);
        Assert.Contains("Gesundheitsamt", text, StringComparison.Ordinal);
        Assert.Empty(PageErrors);
    }

    private async Task AddNoteAsync(ILocator meeting, string kind, string text, string? function)
    {
        await meeting.GetByRole(AriaRole.Button, new() { NameRegex = new($"^{kind} erfassen:") }).ClickAsync();
        var note = Form("Notiz zur Lagebesprechung");
        await Expect(note.GetByLabel("Art der Notiz")).ToHaveValueAsync(kind switch { "Fakt" => "fact", "Annahme" => "assumption", _ => "open-question" });
        await note.GetByLabel("Text").FillAsync(text);
        if (function is not null)
        {
            await note.GetByLabel("Stabsfunktion").SelectOptionAsync(function);
        }
        await note.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(note).ToHaveCountAsync(0);
    }

    private Task<Guid> AnnounceAsync(Guid crisisId, string day, int people, string origin) =>
        PostAsync($"/api/situation/crises/{crisisId}/announcements", new { expectedOn = day, people, origin });

    private async Task<Guid> PostAsync(string path, object body, string idProperty = "id")
    {
        using var staff = await Gateway.ClientForAsync("staff");
        using var response = await staff.PostAsJsonAsync(path, body, GatewayApp.Json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty(idProperty).GetGuid();
    }

    private static string BerlinDay(int offset) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(offset), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
