using System.Text.Json;
using System.Text.Json.Nodes;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using MassTransit;

namespace Krisenstab.Dashboard.Tests.Journal;

public class JournalCompletenessTests
{
    /// <summary>
    /// Every public event that belongs to a crisis (it names one, or it is an accommodation event, which a crisis's
    /// placements are copied from) has a dashboard consumer, so it lands in a journal.
    /// </summary>
    [Fact]
    public void Every_public_event_that_belongs_to_a_crisis_is_consumed_into_a_journal()
    {
        var consumed = typeof(DashboardModule).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        var belongingToACrisis = EventTypeMap.Public.Types
            .Where(t => t.GetProperty("CrisisId") is not null || typeof(IFacilityEvent).IsAssignableFrom(t));

        Assert.Empty(belongingToACrisis.Where(t => !consumed.Contains(t)).Select(EventTypeMap.Public.NameOf).Order());
    }

    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task The_picture_rebuilt_from_the_journal_equals_the_live_one_before_and_after_a_restart(string engine)
    {
        await using var database = engine == EngineApp.Postgres ? await PostgresDatabase.CreateAsync() : null;
        var before = database is null ? GatewayApp.BeforeRestart() : new GatewayApp(database.ConnectionString);
        Guid id;
        string live;
        await using (before)
        {
            var head = await before.ClientForAsync(Roles.Head);
            var staff = await before.ClientForAsync(Roles.Staff);
            id = await head.OpenCrisisAsync("Vollständig");
            var facility = await staff.RegisterFacilityAsync("Halle Vollständig", "Quakenbrück", 20);
            await head.EscalateCrisisAsync(id, 2);
            await staff.PlaceHouseholdAsync(facility, "AZ-2025-101", 3, id);
            await staff.PlaceHouseholdAsync(facility, "AZ-2025-102", 2, id);
            await head.EscalateCrisisAsync(id, 3);
            var picture = await Eventually.ReturnsAsync(
                () => head.TryGetJsonAsync($"/api/dashboard/crises/{id}/picture"),
                p => p?.GetProperty("journalLength").GetInt64() == 5 && p.Value.GetProperty("accommodation").GetProperty("version").GetInt64() == 3,
                "every event in the picture");
            live = picture!.Value.GetRawText();

            AssertSamePicture(live, await RebuiltAsync(before, id));
            // The bus promises no order between services; each service's events are in the order they happened.
            var journal = await before.Service<DashboardJournal>().ReadAsync(JournalStreams.Crisis(id), CancellationToken.None);
            Assert.Equal([2, 3], journal.Select(e => e.Event).OfType<Contracts.Situation.CrisisEscalated>().Select(e => e.Level));
            Assert.Equal(["situation.crisis-opened.v1", "situation.crisis-escalated.v1", "situation.crisis-escalated.v1"],
                journal.Where(e => e.Event is not IFacilityEvent).Select(e => e.EventType));
            Assert.Equal(2, journal.Count(e => e.Event is HouseholdPlaced));
        }

        await using var after = database is null ? before.Restarted() : new GatewayApp(database.ConnectionString);
        var analyst = await after.ClientForAsync(Roles.Analyst);
        var restarted = await Eventually.ReturnsAsync(
            () => analyst.TryGetJsonAsync($"/api/dashboard/crises/{id}/picture"),
            p => p?.GetProperty("journalLength").GetInt64() == 5 && p.Value.GetProperty("accommodation").GetProperty("version").GetInt64() == 3,
            "the picture after the restart");
        AssertSamePicture(live, restarted!.Value.GetRawText());
        AssertSamePicture(live, await RebuiltAsync(after, id));
    }

    private static void AssertSamePicture(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}{Environment.NewLine}but got {actual}");

    /// <summary>The picture folded afresh from the stored journals, every section, as the API writes it.</summary>
    private static async Task<string> RebuiltAsync(GatewayApp app, Guid id)
    {
        var journal = app.Service<DashboardJournal>();
        var crisis = await journal.ReadAsync(JournalStreams.Crisis(id), CancellationToken.None);
        var accommodation = await journal.ReadAsync(JournalStreams.Accommodation, CancellationToken.None);
        return JsonSerializer.Serialize(WholeJournalFold.Picture(app, id, crisis, accommodation), GatewayApp.Json);
    }
}
