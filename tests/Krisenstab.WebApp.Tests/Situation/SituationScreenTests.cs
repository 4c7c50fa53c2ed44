using System.Globalization;
using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Situation;

/// <summary>The situation screens' main flows in the browser, each reaching the live picture.</summary>
public class SituationScreenTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Live = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_allocation_and_its_arrival_recorded_on_the_screen_show_in_the_picture_and_its_calendar()
    {
        var crisisId = await OpenCrisisAsync("Zuweisung Ost");
        var tomorrow = BerlinDay(1);
        await SignInAsync("staff", $"/krisen/{crisisId}/lage");

        var form = await OpenFormAsync("Zuweisung erfassen");
        await form.GetByLabel("Erwartet am").FillAsync(tomorrow);
        await form.GetByLabel("Personen").FillAsync("45");
        await form.GetByLabel("Herkunft").FillAsync("LEA Gießen");
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).DblClickAsync();
        var row = Page.Locator("tr[data-announcement]");
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await row.GetByRole(AriaRole.Button, new() { Name = "Ankunft erfassen" }).ClickAsync();
        var arrival = Page.GetByRole(AriaRole.Form, new() { Name = "Ankunft erfassen" });
        await arrival.GetByLabel("Personen").FillAsync("40");
        await arrival.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(row.Locator("[data-arrived]")).ToHaveTextAsync("40");

        await OpenPictureAsync(crisisId, "Zuweisung Ost");
        await Expect(Page.Locator("[data-situation-total=announced]")).ToHaveTextAsync("45", Live);
        await Expect(Page.Locator("[data-situation-total=arrived]")).ToHaveTextAsync("40", Live);
        await Expect(Page.Locator($"[data-calendar] tr[data-day=\"{tomorrow}\"]")).ToContainTextAsync("45");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task A_sector_report_and_its_correction_filed_on_the_screen_set_the_sectors_traffic_light()
    {
        var crisisId = await OpenCrisisAsync("Fachlage Gesundheit");
        await SignInAsync("staff", $"/krisen/{crisisId}/lage");

        var form = await OpenFormAsync("Fachlage melden", "Fachlagebericht");
        await form.GetByLabel("Fachlage").SelectOptionAsync("health");
        await form.GetByLabel("Ampel").SelectOptionAsync("yellow");
        await form.GetByLabel("Kennzahlen").FillAsync("Impfquote: 62,5 %\nBelegte Betten: 120\nEngpass: Dolmetscher");
        await form.GetByLabel("Text").FillAsync("Impfstelle ausgelastet");
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(Page.Locator("li[data-report]")).ToContainTextAsync("Gesundheit: gelb");
        await Expect(Page.Locator("li[data-report] [data-figures]")).ToHaveTextAsync("Impfquote: 62,5 %; Belegte Betten: 120; Engpass: Dolmetscher");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Berichtigen: Gesundheit" }).ClickAsync();
        var correction = Page.GetByRole(AriaRole.Form, new() { Name = "Berichtigung des Fachlageberichts" });
        await correction.GetByLabel("Ampel").SelectOptionAsync("red");
        await correction.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(Page.Locator("li[data-report]")).ToHaveCountAsync(2);
        await Expect(Page.Locator("li[data-report]").First).ToContainTextAsync("berichtigt");

        await OpenPictureAsync(crisisId, "Fachlage Gesundheit");
        await Expect(Page.Locator("tr[data-sector=health] [data-light]")).ToHaveTextAsync("rot", Live);
        await Expect(Page.Locator("[data-overdue]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_incident_reported_and_closed_by_staff_shows_its_text_only_to_the_head_and_counts_in_the_picture()
    {
        var crisisId = await OpenCrisisAsync("Vorkommnis Nord");
        var facilityId = await RegisterFacilityAsync("Turnhalle Nord", "Baunatal", 40);
        using (var staff = await Gateway.ClientForAsync("staff"))
        {
            await Eventually.TrueAsync(
                async () => (await staff.GetStringAsync(new Uri("/api/dashboard/accommodation", UriKind.Relative))).Contains(facilityId.ToString(), StringComparison.Ordinal),
                "the facility on the dashboard's board");
        }
        await SignInAsync("staff", $"/krisen/{crisisId}/lage");

        var form = await OpenFormAsync("Vorkommnis melden");
        await Expect(form.GetByLabel("Einrichtung")).ToContainTextAsync("Turnhalle Nord", new() { Timeout = 15_000 });
        await form.GetByLabel("Art").SelectOptionAsync("fire");
        await form.GetByLabel("Schwere").SelectOptionAsync("serious");
        await form.GetByLabel("Text").FillAsync("Rauchmelder in Zimmer 7, Bewohnerin A. evakuiert");
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        var incident = Page.Locator("li[data-incident]");
        await Expect(incident).ToContainTextAsync("Brand, schwer", new() { Timeout = 15_000 });
        await Expect(Page.Locator("[data-incident-text]")).ToHaveCountAsync(0);

        await OpenPictureAsync(crisisId, "Vorkommnis Nord");
        await Expect(Page.Locator("[data-incident-category=fire]")).ToHaveTextAsync("1", Live);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Zimmer 7");

        await Page.GotoAsync($"/krisen/{crisisId}/lage");
        await incident.GetByRole(AriaRole.Button, new() { Name = "Abschließen: Brand" }).ClickAsync();
        await Expect(incident).ToContainTextAsync("abgeschlossen");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("head", $"/krisen/{crisisId}/lage");
        await Expect(Page.Locator("[data-incident-text]")).ToHaveTextAsync("Rauchmelder in Zimmer 7, Bewohnerin A. evakuiert", Live);
    }

    [Fact]
    public async Task A_meeting_run_on_the_screen_records_a_decision_with_a_task_that_stays_open_in_the_picture_and_sets_the_next_meeting()
    {
        var crisisId = await OpenCrisisAsync("Lagebesprechung Süd");
        await SignInAsync("staff", $"/krisen/{crisisId}/lage");

        var form = await OpenFormAsync("Lagebesprechung ansetzen");
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        var meeting = Page.Locator("article[data-meeting]");
        await Expect(meeting).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await meeting.GetByRole(AriaRole.Button, new() { NameRegex = new("^Beschluss erfassen") }).ClickAsync();
        var decision = Page.GetByRole(AriaRole.Form, new() { Name = "Beschluss erfassen" });
        await decision.GetByLabel("Text").FillAsync("Zweite Turnhalle vorbereiten");
        await decision.GetByLabel("Auftrag", new() { Exact = false }).First.FillAsync("Feldbetten aufstellen");
        await decision.GetByLabel("Zuständig").SelectOptionAsync("S4");
        await decision.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(meeting.Locator("[data-decision]")).ToContainTextAsync("Feldbetten aufstellen — Versorgung");

        await meeting.GetByRole(AriaRole.Button, new() { NameRegex = new("^Beenden und nächste ansetzen") }).ClickAsync();
        await Page.GetByRole(AriaRole.Form, new() { Name = "Lagebesprechung beenden" }).GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(Page.Locator("article[data-meeting]")).ToHaveCountAsync(2);
        var minutes = await Page.RunAndWaitForDownloadAsync(() => meeting.First.GetByRole(AriaRole.Button, new() { Name = "Protokoll herunterladen" }).ClickAsync());
        Assert.Contains("Zweite Turnhalle vorbereiten", File.ReadAllText(await minutes.PathAsync()), StringComparison.Ordinal);

        await OpenPictureAsync(crisisId, "Lagebesprechung Süd");
        await Expect(Page.Locator("[data-open-decisions]")).ToContainTextAsync("Zweite Turnhalle vorbereiten: Feldbetten aufstellen — Versorgung", new() { Timeout = 15_000 });
        await Expect(Page.Locator("[data-next-meeting]")).Not.ToHaveTextAsync("Keine Lagebesprechung angesetzt.");
    }

    [Fact]
    public async Task A_lagemeldung_drafted_and_edited_by_staff_is_released_by_the_head_sent_and_downloaded_as_pdf()
    {
        var crisisId = await OpenCrisisAsync("Lagemeldung West");
        await SignInAsync("staff", $"/krisen/{crisisId}/lage/meldungen");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Lagemeldung entwerfen" }).ClickAsync();
        var report = Page.Locator("article[data-consolidated]");
        await Expect(report.Locator("[data-stage]")).ToHaveTextAsync("Entwurf", Live);
        await Expect(report.GetByRole(AriaRole.Button, new() { Name = "Freigeben" })).ToHaveCountAsync(0);
        await report.GetByRole(AriaRole.Button, new() { Name = "Bearbeiten" }).ClickAsync();
        var edit = Page.GetByRole(AriaRole.Form, new() { Name = "Lagemeldung bearbeiten" });
        await edit.GetByLabel("Überblick").FillAsync("Ruhige Nacht, 45 Personen erwartet.");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(report.Locator("[data-block=overview]")).ToHaveTextAsync("Ruhige Nacht, 45 Personen erwartet.");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("head", $"/krisen/{crisisId}/lage/meldungen");
        await report.GetByRole(AriaRole.Button, new() { Name = "Freigeben" }).ClickAsync();
        await Expect(report.Locator("[data-stage]")).ToHaveTextAsync("freigegeben");
        await report.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();
        var send = Page.GetByRole(AriaRole.Form, new() { Name = "Lagemeldung senden" });
        await send.GetByLabel("Empfänger").FillAsync("Landkreis");
        await send.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(report.Locator("[data-stage]")).ToHaveTextAsync("Nr. 1 an Landkreis gesendet");

        var download = await Page.RunAndWaitForDownloadAsync(() => report.GetByRole(AriaRole.Button, new() { Name = "PDF herunterladen" }).ClickAsync());
        var file = await download.PathAsync();
        Assert.Equal("lagemeldung-1.pdf", download.SuggestedFilename);
        Assert.StartsWith("%PDF", File.ReadAllText(file)[..4], StringComparison.Ordinal);

        await OpenPictureAsync(crisisId, "Lagemeldung West");
        await Expect(Page.Locator("[data-latest-report]")).ToHaveTextAsync("Nr. 1 an Landkreis gesendet", Live);
    }

    [Fact]
    public async Task A_head_who_edited_the_lagemeldung_is_refused_its_release_in_german()
    {
        var crisisId = await OpenCrisisAsync("Vier Augen");
        await SignInAsync("head", $"/krisen/{crisisId}/lage/meldungen");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Lagemeldung entwerfen" }).ClickAsync();
        var report = Page.Locator("article[data-consolidated]");
        await report.GetByRole(AriaRole.Button, new() { Name = "Freigeben" }).ClickAsync();

        await Expect(report.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Vier-Augen-Prinzip: Wer die Lagemeldung entworfen oder bearbeitet hat, darf sie nicht freigeben.", Live);
        await Expect(report.Locator("[data-stage]")).ToHaveTextAsync("Entwurf");
    }

    private async Task<ILocator> OpenFormAsync(string button, string? title = null)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(new() { Timeout = 15_000 });
        var form = Page.GetByRole(AriaRole.Form, new() { Name = title ?? button });
        await Expect(form).ToBeVisibleAsync();
        return form;
    }

    private static string BerlinDay(int offset) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(offset), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
