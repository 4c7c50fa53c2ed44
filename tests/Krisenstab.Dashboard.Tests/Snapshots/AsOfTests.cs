using System.Text.Json;
using System.Text.Json.Nodes;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Snapshots;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Snapshots;

public class AsOfTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task The_picture_as_of_each_moment_equals_the_journals_folded_up_to_it(string engine)
    {
        await using var engineApp = await EngineApp.StartAsync(engine, new Dictionary<string, string> { [SnapshotSettings.EveryKey] = "2" });
        var app = engineApp.App;
        var head = await app.ClientForAsync(Roles.Head);
        var staff = await app.ClientForAsync(Roles.Staff);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var id = await head.OpenCrisisAsync("Damals");
        var facility = await staff.RegisterFacilityAsync("Halle Damals", "Quakenbrück", 30);
        for (var i = 0; i < 3; i++)
        {
            await staff.PlaceHouseholdAsync(facility, $"AZ-2025-2{i:00}", 2, id);
            await head.EscalateCrisisAsync(id, 2 + i);
        }
        await Eventually.TrueAsync(async () => (await analyst.TryGetJsonAsync($"/api/dashboard/crises/{id}/picture"))?.GetProperty("journalLength").GetInt64() == 7,
            "every entry in the live picture");
        var journal = app.Service<DashboardJournal>();
        var crisis = await journal.ReadAsync(JournalStreams.Crisis(id), CancellationToken.None);
        var accommodation = await journal.ReadAsync(JournalStreams.Accommodation, CancellationToken.None);

        foreach (var asOf in crisis.Select(e => e.Metadata.OccurredAt).Concat(accommodation.Select(e => e.Metadata.OccurredAt)).SelectMany(t => new[] { t, t.AddTicks(-1) }))
        {
            var answer = await analyst.TryGetJsonAsync($"/api/dashboard/crises/{id}/picture?asOf={Uri.EscapeDataString(asOf.ToString("O"))}");
            var crisisThen = crisis.Where(e => e.Metadata.OccurredAt <= asOf).ToList();
            if (crisisThen.Count == 0)
            {
                Assert.Null(answer);
                continue;
            }
            var accommodationThen = accommodation.Where(e => e.Metadata.OccurredAt <= asOf).ToList();
            var expected = WholeJournalFold.Picture(app, id, crisisThen, accommodationThen);
            var expectedJson = JsonSerializer.Serialize(expected, GatewayApp.Json);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(answer!.Value.GetRawText())), $"as of {asOf:O}: expected {expectedJson} but got {answer}");
        }
    }
}
