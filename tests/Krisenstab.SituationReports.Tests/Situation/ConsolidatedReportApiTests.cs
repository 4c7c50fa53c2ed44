using System.Net;
using System.Text;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Situation;

public class ConsolidatedReportApiTests
{
    private static string Reports(Guid crisisId) => $"/api/situation/crises/{crisisId}/consolidated-reports";

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task A_report_is_drafted_from_the_sector_reports_edited_released_by_another_head_sent_numbered_and_exported(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var admin = await app.ClientForAsync(Roles.Admin);
        var staff = await app.ClientForAsync(Roles.Staff);
        var crisisId = await head.NewCrisisAsync();
        await staff.CreateAsync($"/api/situation/crises/{crisisId}/reports", new { sector = "health", function = "S2", asOf = DateTimeOffset.UtcNow, status = "red", text = "Impfstellen überlastet." });

        var first = await head.CreateAsync(Reports(crisisId), new { });
        var draft = await head.GetJsonAsync($"{Reports(crisisId)}/{first}");
        Assert.Contains("Gesundheit (S2 Lage", draft.GetProperty("blocks").GetProperty("ownSituation").GetString(), StringComparison.Ordinal);
        await head.PutJsonAsync($"{Reports(crisisId)}/{first}", new { overview = "Lage angespannt, Zuzug hält an.", ownSituation = "Gesundheit: rot. Aushang: Прибуття автобуса о 14:00." }, HttpStatusCode.OK);
        Assert.Equal("four-eyes", (await head.PostJsonAsync($"{Reports(crisisId)}/{first}/release", null, HttpStatusCode.Conflict)).Code());
        await staff.PostJsonAsync($"{Reports(crisisId)}/{first}/release", null, HttpStatusCode.Forbidden);
        Assert.Equal("report-not-released", (await head.PostJsonAsync($"{Reports(crisisId)}/{first}/send", new { recipient = "Land Hessen" }, HttpStatusCode.Conflict)).Code());
        await admin.PostJsonAsync($"{Reports(crisisId)}/{first}/release", null, HttpStatusCode.OK);
        var sent = await staff.PostJsonAsync($"{Reports(crisisId)}/{first}/send", new { recipient = "Land Hessen" }, HttpStatusCode.OK);
        var second = await staff.CreateAsync(Reports(crisisId), new { });
        await head.PostJsonAsync($"{Reports(crisisId)}/{second}/release", null, HttpStatusCode.OK);
        var sentSecond = await head.PostJsonAsync($"{Reports(crisisId)}/{second}/send", new { recipient = "Landkreis Kassel" }, HttpStatusCode.OK);

        Assert.Equal((1, 2), (sent.Number("number"), sentSecond.Number("number")));
        var json = await staff.GetJsonAsync($"{Reports(crisisId)}/{first}");
        Assert.Equal(("Lage angespannt, Zuzug hält an.", "admin"), (json.GetProperty("blocks").GetProperty("overview").GetString(), json.GetProperty("releasedBy").GetString()));
        using var pdf = await staff.GetAsync(new Uri($"{Reports(crisisId)}/{first}/pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        var readBack = PdfReadBack.Of(bytes);
        var text = readBack.Text;
        Assert.Equal("Lagemeldung Nr. 1 – Zugang Ukraine", readBack.Title);
        Assert.Contains("Lagemeldung Nr. 1", text, StringComparison.Ordinal);
        Assert.Contains("Lage angespannt, Zuzug hält an.", text, StringComparison.Ordinal);
        Assert.Contains("3. Eigene Lage", text, StringComparison.Ordinal);
        Assert.Contains("Aushang: Прибуття автобуса о 14:00.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_arabic_line_in_a_report_is_shaped_and_set_right_to_left_in_its_pdf()
    {
        await using var app = await SituationApp.StartAsync(SituationApp.Sqlite);
        var head = await app.ClientForAsync(Roles.Head);
        var admin = await app.ClientForAsync(Roles.Admin);
        var crisisId = await head.NewCrisisAsync();
        var id = await head.CreateAsync(Reports(crisisId), new { });
        // "Welcome to the reception centre", as posted at the entrance.
        const string notice = "مرحبا بكم في مركز الاستقبال";
        await head.PutJsonAsync($"{Reports(crisisId)}/{id}", new { overview = "Aushang am Eingang:\n" + notice }, HttpStatusCode.OK);
        await admin.PostJsonAsync($"{Reports(crisisId)}/{id}/release", null, HttpStatusCode.OK);
        await head.PostJsonAsync($"{Reports(crisisId)}/{id}/send", new { recipient = "Land Hessen" }, HttpStatusCode.OK);

        using var response = await head.GetAsync(new Uri($"{Reports(crisisId)}/{id}/pdf", UriKind.Relative));
        var pdf = PdfReadBack.Of(await response.Content.ReadAsByteArrayAsync());

        Assert.Contains("Aushang am Eingang:\n" + notice, pdf.Text, StringComparison.Ordinal);
        var words = notice.Split(' ').Select(pdf.Find).ToList();
        Assert.All(words, w => Assert.Contains(w.Text, c => c is >= '\uFB50' and <= '\uFEFC'));
        Assert.All(words.Zip(words.Skip(1)), pair => Assert.True(pair.Second.BoundingBox.Right < pair.First.BoundingBox.Left));
    }

    [Fact]
    public async Task An_unsent_report_has_no_pdf_and_an_empty_overview_is_refused_naming_the_field()
    {
        await using var app = await SituationApp.StartAsync(SituationApp.Sqlite);
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.NewCrisisAsync();
        var id = await head.CreateAsync(Reports(crisisId), new { });
        var stored = await StoredEvents.CountAsync(app);

        (await head.PutJsonAsync($"{Reports(crisisId)}/{id}", new { overview = " " }, HttpStatusCode.BadRequest)).NamesField("overview");
        Assert.Equal("report-not-sent", (await head.GetJsonAsync($"{Reports(crisisId)}/{id}/pdf", HttpStatusCode.Conflict)).Code());
        await head.PostJsonAsync($"{Reports(crisisId)}/{Guid.NewGuid()}/release", null, HttpStatusCode.NotFound);
        Assert.Equal(stored, await StoredEvents.CountAsync(app));
    }
}
