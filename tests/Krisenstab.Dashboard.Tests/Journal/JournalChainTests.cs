using System.Net;
using System.Text.Json;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.Dashboard.Tests.Journal;

public class JournalChainTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task A_row_changed_in_the_database_is_named_by_the_verification(string engine)
    {
        await using var engineApp = await EngineApp.StartAsync(engine);
        var app = engineApp.App;
        var (analyst, id) = await CrisisOfThreeEntriesAsync(app);
        var intact = await VerifyAsync(analyst, id);
        Assert.True(intact.Intact);
        Assert.Equal(3, intact.Length);

        var escalated = (await app.KeyedService<IEventStore>(DashboardModule.StoreName).ReadStreamAsync(JournalStreams.Crisis(id)))[1];
        await StoredRows.SetDataAsync(Settings(app), escalated.Stream, 1, StoredRows.Escalated(escalated.Data));

        var verification = await VerifyAsync(analyst, id);
        Assert.False(verification.Intact);
        Assert.Equal((1L, escalated.EventId, escalated.EventType), (verification.FirstBroken!.Version, verification.FirstBroken.EventId, verification.FirstBroken.EventType));
        Assert.Equal(1, verification.Length);
        Assert.Contains("changed", verification.FirstBroken.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task A_rewrite_of_the_whole_chain_is_caught_by_a_kept_anchor(string engine)
    {
        await using var engineApp = await EngineApp.StartAsync(engine);
        var app = engineApp.App;
        var (analyst, id) = await CrisisOfThreeEntriesAsync(app);
        var anchor = (await VerifyAsync(analyst, id)).Anchor;
        var store = app.KeyedService<IEventStore>(DashboardModule.StoreName);
        var journal = JournalStreams.Crisis(id);

        // Change the escalation and re-compute every link after it, as a forger with database access would.
        var entries = await store.ReadStreamAsync(journal);
        await StoredRows.SetDataAsync(Settings(app), journal.Value, 1, StoredRows.Escalated(entries[1].Data));
        var previous = JournalChain.Genesis;
        foreach (var entry in await store.ReadStreamAsync(journal))
        {
            previous = JournalChain.Hash(previous, journal.Value, entry.StreamVersion, entry.EventId, entry.EventType, entry.Data, entry.Metadata);
            var link = new JournalLink(entry.StreamVersion, entry.EventId, previous);
            await StoredRows.SetDataAsync(Settings(app), JournalStreams.ChainOf(journal).Value, entry.StreamVersion, JsonSerializer.Serialize(link, GatewayApp.Json));
        }

        Assert.True((await VerifyAsync(analyst, id)).Intact);
        var checkedAgainstAnchor = await VerifyAsync(analyst, id, anchor);
        Assert.False(checkedAgainstAnchor.Intact);
        Assert.False(checkedAgainstAnchor.AnchorCheck!.Matches);
        Assert.Contains("rewritten", checkedAgainstAnchor.AnchorCheck.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grown_journal_still_leads_through_an_earlier_anchor()
    {
        await using var app = new GatewayApp();
        var (analyst, id) = await CrisisOfThreeEntriesAsync(app);
        var early = await VerifyAsync(analyst, id);
        var head = await app.ClientForAsync(Roles.Head);
        await head.CloseCrisisAsync(id);
        await Eventually.TrueAsync(async () => (await VerifyAsync(analyst, id)).Length == 4, "the fourth entry chained");

        var later = await VerifyAsync(analyst, id, early.Anchor);
        Assert.True(later.Intact);
        Assert.True(later.AnchorCheck!.Matches);
        Assert.NotEqual(early.Head, later.Head);
    }

    [Fact]
    public async Task Verification_is_for_analysts_heads_and_admins_and_checks_its_anchor()
    {
        await using var app = new GatewayApp();
        var (analyst, id) = await CrisisOfThreeEntriesAsync(app);
        var staff = await app.ClientForAsync(Roles.Staff);
        var press = await app.ClientForAsync(Roles.Press);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(VerifyUrl(id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await press.GetAsync(VerifyUrl(id))).StatusCode);
        var badAnchor = await analyst.GetAsync(VerifyUrl(id) + "?anchor=3:abc");
        Assert.Equal(HttpStatusCode.BadRequest, badAnchor.StatusCode);
        Assert.Contains("anchor", await badAnchor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(VerifyUrl(Guid.CreateVersion7()))).StatusCode);
    }

    [Fact]
    public async Task The_command_line_verb_reads_the_store_by_configuration_and_names_the_broken_entry()
    {
        var app = GatewayApp.BeforeRestart();
        Guid id;
        await using (app)
        {
            var (analyst, crisis) = await CrisisOfThreeEntriesAsync(app);
            id = crisis;
            var escalated = (await app.KeyedService<IEventStore>(DashboardModule.StoreName).ReadStreamAsync(JournalStreams.Crisis(id)))[1];
            await StoredRows.SetDataAsync(Settings(app), escalated.Stream, 1, StoredRows.Escalated(escalated.Data));
        }
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [EventStoreSettings.DataDirectoryKey] = app.DataDirectory })
            .Build();
        using var output = new StringWriter();

        var exitCode = await VerifyJournalVerb.RunAsync([id.ToString()], configuration, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("BROKEN at entry 1", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await VerifyJournalVerb.RunAsync(["not-a-crisis"], configuration, new StringWriter()));
    }

    private static async Task<(HttpClient Analyst, Guid Id)> CrisisOfThreeEntriesAsync(GatewayApp app)
    {
        var head = await app.ClientForAsync(Roles.Head);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var id = await head.OpenCrisisAsync("Kette");
        await ChainedAsync(analyst, id, 1);
        await head.EscalateCrisisAsync(id, 2);
        await ChainedAsync(analyst, id, 2);
        await head.EscalateCrisisAsync(id, 3);
        await ChainedAsync(analyst, id, 3);
        return (analyst, id);
    }

    /// <summary>Waits for each entry in turn, so entry 1 is the first escalation (the bus promises no order).</summary>
    private static Task ChainedAsync(HttpClient analyst, Guid id, long length) =>
        Eventually.TrueAsync(async () => (await analyst.TryGetJsonAsync(VerifyUrl(id)))?.GetProperty("length").GetInt64() == length, $"{length} entries chained");

    private static async Task<JournalVerification> VerifyAsync(HttpClient client, Guid id, string? anchor = null) =>
        (await client.TryGetAsync<JournalVerification>(VerifyUrl(id) + (anchor is null ? "" : $"?anchor={anchor}")))!;

    private static string VerifyUrl(Guid id) => $"/api/dashboard/crises/{id}/journal/verify";

    private static EventStoreSettings Settings(GatewayApp app) => app.KeyedService<EventStoreSettings>(DashboardModule.StoreName);
}
