using System.Net;
using Krisenstab.Logbook.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Logbook.Tests.Api;

/// <summary>The message log as a PDF record, read back: title page, numbered pages, every script as written.</summary>
public sealed class MessageLogPdfTests
{
    [Fact]
    public async Task The_message_log_prints_with_its_senders_opened_and_each_script_as_written()
    {
        await using var host = await Engine.StartAsync("sqlite");
        var staff = await host.App.ClientForAsync("staff");
        var press = await host.App.ClientForAsync("press");
        var crisis = Guid.NewGuid();
        (await staff.LogMessageAsync(crisis, sender: "Олена Коваленко", content: "Прибули 25 осіб")).EnsureSuccessStatusCode();
        (await staff.LogMessageAsync(crisis, priority: "einfach", sender: "Polizei Nord", content: "وصل 25 شخصا")).EnsureSuccessStatusCode();

        using var response = await staff.GetAsync($"{LogbookCalls.Messages(crisis)}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PdfReadBack.Of(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Ein- und Ausgangsnachweisung", pdf.Title);
        Assert.Contains(crisis.ToString(), string.Join(' ', pdf.WordsOf(0)), StringComparison.Ordinal);
        Assert.Contains("1 / 2", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("2 / 2", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Коваленко", pdf.AllWords);
        Assert.Contains("Прибули", pdf.AllWords);
        Assert.Contains("شخصا", pdf.AllWords);
        Assert.Contains("Blitz", pdf.AllWords);
        Assert.Equal(HttpStatusCode.Forbidden, (await press.GetAsync($"{LogbookCalls.Messages(crisis)}.pdf")).StatusCode);
    }
}
