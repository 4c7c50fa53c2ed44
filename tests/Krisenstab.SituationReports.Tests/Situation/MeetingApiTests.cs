using System.Net;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Situation;

public class MeetingApiTests
{
    private static string Meetings(Guid crisisId) => $"/api/situation/crises/{crisisId}/meetings";

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task A_meeting_records_notes_and_decisions_asks_for_a_task_sets_the_next_meeting_and_reads_as_minutes(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var staff = await app.ClientForAsync(Roles.Staff);
        var crisisId = await head.NewCrisisAsync();
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(5);

        var meetingId = await staff.CreateAsync(Meetings(crisisId), new { startsAt, attendees = new object[] { new { function = "S2" }, new { function = "S4", unit = "Sozialamt" }, new { function = "LdS" } } });
        await staff.CreateAsync($"{Meetings(crisisId)}/{meetingId}/notes", new { kind = "fact", text = "120 Personen angekündigt", function = "S2" });
        await staff.CreateAsync($"{Meetings(crisisId)}/{meetingId}/notes", new { kind = "open-question", text = "Wer stellt Dolmetscher?" });
        var decided = await staff.PostJsonAsync(
            $"{Meetings(crisisId)}/{meetingId}/decisions",
            new { text = "Zweite Turnhalle öffnen", task = new { title = "Turnhalle Süd herrichten", responsibleUnit = "S4", dueAt = DateTimeOffset.UtcNow.AddDays(1) } },
            HttpStatusCode.Created);
        var closed = await staff.PostJsonAsync($"{Meetings(crisisId)}/{meetingId}/close", new { nextMeetingAt = startsAt.AddHours(4) }, HttpStatusCode.OK);

        var stored = await app.Gateway.KeyedService<IEventStore>(SituationReportsModule.StoreName).ReadAllAsync(0, 1000);
        var requested = Assert.Single(stored, e => e.EventType == "situation.task-requested.v1");
        Assert.Contains(decided.GetProperty("taskRequestId").GetGuid().ToString(), requested.Data, StringComparison.Ordinal);
        var nextId = closed.GetProperty("nextMeetingId").GetGuid();
        var list = await Eventually.ReturnsAsync(() => staff.GetJsonAsync(Meetings(crisisId)), l => l.GetProperty("meetings").GetArrayLength() == 2, "both meetings listed");
        Assert.Equal(nextId, list.GetProperty("next").GetProperty("id").GetGuid());
        var next = await staff.GetJsonAsync($"{Meetings(crisisId)}/{nextId}");
        Assert.Equal(["S2", "S4", "LdS"], next.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("function").GetString()));

        using var minutes = await staff.GetAsync(new Uri($"{Meetings(crisisId)}/{meetingId}/minutes", UriKind.Relative));
        var text = await minutes.Content.ReadAsStringAsync();
        Assert.Equal("text/markdown", minutes.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Auftrag: Turnhalle Süd herrichten — zuständig: S4 Versorgung", text, StringComparison.Ordinal);
        Assert.Contains("- Wer stellt Dolmetscher?", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task A_decision_in_a_closed_meeting_is_409_and_a_bad_task_names_its_field_and_nothing_is_stored(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.NewCrisisAsync();
        var meetingId = await head.CreateAsync(Meetings(crisisId), new { startsAt = DateTimeOffset.UtcNow });
        var stored = await StoredEvents.CountAsync(app);

        (await head.PostJsonAsync($"{Meetings(crisisId)}/{meetingId}/decisions", new { text = "x", task = new { title = "t", responsibleUnit = "Bauhof", dueAt = DateTimeOffset.UtcNow.AddDays(1) } }, HttpStatusCode.BadRequest))
            .NamesField("task.responsibleUnit");
        (await head.PostJsonAsync($"{Meetings(crisisId)}/{meetingId}/close", new { }, HttpStatusCode.BadRequest)).NamesField("nextMeetingAt");
        Assert.Equal(stored, await StoredEvents.CountAsync(app));

        await head.PostJsonAsync($"{Meetings(crisisId)}/{meetingId}/close", new { nextMeetingAt = DateTimeOffset.UtcNow.AddHours(2) }, HttpStatusCode.OK);
        var problem = await head.PostJsonAsync($"{Meetings(crisisId)}/{meetingId}/decisions", new { text = "zu spät" }, HttpStatusCode.Conflict);
        Assert.Equal("meeting-closed", problem.Code());
        await head.PostJsonAsync($"{Meetings(crisisId)}/{Guid.NewGuid()}/decisions", new { text = "x" }, HttpStatusCode.NotFound);
    }
}
