using System.Net;
using System.Net.Http.Json;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Logbook;

/// <summary>The staff log as a PDF, read back: title page with crisis, period and the chain anchor, pages "x / y", every script as written.</summary>
public class StaffLogPdfTests
{
    [Fact]
    public async Task The_staff_log_pdf_has_a_title_page_with_the_anchor_and_keeps_cyrillic_and_arabic()
    {
        await using var started = await EngineApp.StartAsync(EngineApp.Sqlite);
        var staff = await started.App.ClientForAsync(Roles.Staff);
        var crisis = await (await started.App.ClientForAsync(Roles.Head)).OpenCrisisAsync("Ankunft Ost", "Landkreis Nord");
        var logbook = $"/api/logbook/crises/{crisis}/staff-log";
        (await staff.PostAsJsonAsync($"{logbook}/keeper", new { function = "Führungsgehilfe S2" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"{logbook}/entries", new { category = "finding", unit = "S2", text = "Прибули 25 осіб" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"{logbook}/entries", new { category = "message", unit = "S5", text = "وصل 25 شخصا" })).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(
            async () => await staff.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/staff-log") is { } rows && rows.GetArrayLength() == 4,
            "the four lines in the staff log");
        var verified = await (await started.App.ClientForAsync(Roles.Head)).GetStringAsync($"/api/dashboard/crises/{crisis}/journal/verify");

        using var response = await staff.GetAsync($"/api/dashboard/crises/{crisis}/staff-log.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PdfReadBack.Of(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Einsatztagebuch – Ankunft Ost", pdf.Title);
        var titlePage = string.Join(' ', pdf.WordsOf(0));
        Assert.Contains("1 / 2", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("2 / 2", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Прибули", pdf.AllWords);
        Assert.Contains("شخصا", pdf.AllWords);
        Assert.Contains("unversehrt", pdf.AllWords);
        var anchor = System.Text.Json.JsonDocument.Parse(verified).RootElement.GetProperty("anchor").GetString()!;
        Assert.StartsWith("4:", anchor, StringComparison.Ordinal);
        Assert.Contains(anchor[..20], titlePage, StringComparison.Ordinal);
    }
}
