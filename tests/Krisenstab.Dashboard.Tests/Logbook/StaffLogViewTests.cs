using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Logbook;

/// <summary>
/// The keeper's entries and the message log reach the crisis journal through the bus, and the journal reads as the
/// staff log: numbered by position, manual lines with their own times and texts, automatic ones in the feed's words.
/// </summary>
public class StaffLogViewTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task A_manual_entry_and_its_correction_reach_the_journal_and_the_staff_log_with_their_numbers(string engine)
    {
        await using var started = await EngineApp.StartAsync(engine);
        var staff = await started.App.ClientForAsync(Roles.Staff);
        var head = await started.App.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync("Ankunft Ost", "Landkreis Nord");
        await Eventually.TrueAsync(async () => await staff.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture") is not null, "the crisis in the picture");
        var logbook = $"/api/logbook/crises/{crisis}/staff-log";
        (await staff.PostAsJsonAsync($"{logbook}/keeper", new { function = "Führungsgehilfe S2" })).EnsureSuccessStatusCode();
        var happened = DateTimeOffset.UtcNow.AddMinutes(-30);
        using var written = await staff.PostAsJsonAsync($"{logbook}/entries", new { category = "decision", unit = "S4", text = "Turnhalle Ost wird ab 14 Uhr belegt.", occurredAt = happened });
        var number = (await written.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetInt32();
        (await staff.PostAsJsonAsync($"{logbook}/entries/{number}/corrections", new { text = "Turnhalle Ost wird ab 16 Uhr belegt." })).EnsureSuccessStatusCode();

        var rows = await RowsAsync(staff, crisis, "", r => r.Any(x => Text(x, "category") == "correction"), "the correction in the staff log");

        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal(4, rows.Count);
        Assert.Equal(("automatic", "LdS"), (Text(rows[0], "category"), Text(rows[0], "unit")));
        Assert.Equal("handover", Text(rows[1], "category"));
        var decision = rows[2];
        Assert.Equal(("decision", "S4", "Turnhalle Ost wird ab 14 Uhr belegt."), (Text(decision, "category"), Text(decision, "unit"), Text(decision, "de")));
        Assert.Equal(("staff", "staff", "Führungsgehilfe S2"), (Text(decision, "author"), Text(decision, "role"), Text(decision, "function")));
        Assert.Equal(happened.ToUnixTimeSeconds(), decision.GetProperty("occurredAt").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.True(decision.GetProperty("enteredAt").GetDateTimeOffset() > decision.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal(4, decision.GetProperty("supersededBy").GetInt32());
        Assert.Equal(3, rows[3].GetProperty("supersedes").GetInt32());
        Assert.Equal("Berichtigt Nr. 3: Turnhalle Ost wird ab 16 Uhr belegt.", Text(rows[3], "de"));

        var decisions = await RowsAsync(staff, crisis, "?category=decision&author=staff&unit=s4", r => r.Count > 0, "the filtered staff log");
        Assert.Equal([3], decisions.Select(r => r.GetProperty("number").GetInt32()));
        var csv = await staff.GetStringAsync($"/api/dashboard/crises/{crisis}/staff-log.csv?category=correction");
        Assert.Equal(2, csv.Trim().Split('\n').Length);
        Assert.Contains("Berichtigt Nr. 3: Turnhalle Ost wird ab 16 Uhr belegt.", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blitz_message_stays_in_the_picture_until_acknowledged()
    {
        await using var started = await EngineApp.StartAsync(EngineApp.Sqlite);
        var staff = await started.App.ClientForAsync(Roles.Staff);
        var head = await started.App.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync();
        using var logged = await staff.PostAsJsonAsync($"/api/logbook/crises/{crisis}/messages", new
        {
            direction = "incoming", channel = "radio", priority = "blitz", at = DateTimeOffset.UtcNow.AddMinutes(-1),
            sender = "Leitstelle", recipient = "S3", content = "Unfall auf der B 27, Bus mit Geflüchteten betroffen",
        });
        var id = (await logged.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var shown = await PictureAsync(staff, crisis, blitz => blitz.GetArrayLength() == 1, "the Blitz message in the picture");
        Assert.Equal(1, shown[0].GetProperty("number").GetInt32());
        Assert.DoesNotContain("Leitstelle", shown[0].GetRawText(), StringComparison.Ordinal);
        (await staff.PostAsync($"/api/logbook/crises/{crisis}/messages/{id}/acknowledge", null)).EnsureSuccessStatusCode();
        await PictureAsync(staff, crisis, blitz => blitz.GetArrayLength() == 0, "the acknowledged Blitz message gone from the picture");
        var feed = await staff.GetStringAsync($"/api/dashboard/crises/{crisis}/feed");
        Assert.Contains("Nachricht Nr. 1 (BLITZ) bestätigt", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_filter_is_a_problem_and_the_press_reads_no_staff_log()
    {
        await using var started = await EngineApp.StartAsync(EngineApp.Sqlite);
        var staff = await started.App.ClientForAsync(Roles.Staff);
        var press = await started.App.ClientForAsync(Roles.Press);
        var crisis = await (await started.App.ClientForAsync(Roles.Head)).OpenCrisisAsync();
        await Eventually.TrueAsync(async () => await staff.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/staff-log") is not null, "the crisis in the staff log");

        using var wrong = await staff.GetAsync($"/api/dashboard/crises/{crisis}/staff-log?category=gossip");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("category", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await press.GetAsync($"/api/dashboard/crises/{crisis}/staff-log")).StatusCode);
    }

    private static Task<List<JsonElement>> RowsAsync(HttpClient client, Guid crisis, string query, Func<List<JsonElement>, bool> isDone, string what) =>
        Eventually.ReturnsAsync(
            async () => await client.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/staff-log{query}") is { } rows ? rows.EnumerateArray().ToList() : [],
            isDone,
            what);

    private static async Task<List<JsonElement>> PictureAsync(HttpClient client, Guid crisis, Func<JsonElement, bool> isDone, string what)
    {
        var picture = await Eventually.ReturnsAsync(
            () => client.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"),
            p => p is { } found && isDone(found.GetProperty("logbook").GetProperty("unacknowledgedBlitz")),
            what);
        return picture!.Value.GetProperty("logbook").GetProperty("unacknowledgedBlitz").EnumerateArray().ToList();
    }

    private static string? Text(JsonElement row, string property) => row.GetProperty(property).GetString();
}
