using System.Text.Json;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Startup;
using Krisenstab.Testing;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.Dashboard.Tests.Api;

public class BoardFieldsTests
{
    private static readonly Dictionary<string, string> District = new()
    {
        ["Krisenstab:Dashboard:StaleAfter"] = "12:00:00",
        ["Krisenstab:Accommodation:Towns:Bramsche"] = "30000",
        ["Krisenstab:Accommodation:Towns:Melle"] = "10000",
    };

    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task The_board_has_its_version_stale_setting_facility_facts_and_town_fair_shares(string engine)
    {
        await using var started = await EngineApp.StartAsync(engine, District);
        var staff = await started.App.ClientForAsync(Roles.Staff);
        var gym = await staff.RegisterFacilityAsync("Turnhalle Nord", "Bramsche", 10, "emergency-shelter", "step-free", "family-rooms");
        await staff.RegisterFacilityAsync("Hotel Hase", "Melle", 5, "hotel");
        var flat = await staff.RegisterFacilityAsync("Wohnung Ring", "Bohmte", 5, "flat");
        await staff.PlaceHouseholdAsync(gym, "AZ-2025-020", 4);
        await staff.ConfirmOccupancyAsync(gym);

        var board = await Eventually.ReturnsAsync(
            () => staff.GetJsonAsync("/api/dashboard/accommodation"), b => b.GetProperty("version").GetInt64() == 5, "five accommodation events on the board");

        Assert.Equal(43_200, board.GetProperty("staleAfterSeconds").GetInt64());
        var row = board.FacilityRow(gym)!.Value;
        Assert.Equal("emergency-shelter", row.GetProperty("kind").GetString());
        Assert.Equal(["step-free", "family-rooms"], row.GetProperty("features").EnumerateArray().Select(f => f.GetString()));
        // The bus promises no order, so the confirmation is found by its type, not by its place in the journal.
        var confirmed = (await staff.GetJsonAsync("/api/dashboard/accommodation/journal")).EnumerateArray()
            .Single(e => e.GetProperty("eventType").GetString() == "accommodation.occupancy-confirmed.v1").GetProperty("data");
        Assert.Equal(confirmed.GetProperty("confirmedAt").GetDateTimeOffset(), row.GetProperty("confirmedAt").GetDateTimeOffset());
        Assert.Equal("flat", board.FacilityRow(flat)!.Value.GetProperty("kind").GetString());
        Assert.Empty(board.FacilityRow(flat)!.Value.GetProperty("features").EnumerateArray());
        Assert.Equal((30_000, 3), (board.TownRow("Bramsche").Number("population"), board.TownRow("Bramsche").Number("fairShare")));
        Assert.Equal((10_000, 1), (board.TownRow("Melle").Number("population"), board.TownRow("Melle").Number("fairShare")));
        Assert.Equal(
            (JsonValueKind.Null, JsonValueKind.Null),
            (board.TownRow("Bohmte").GetProperty("population").ValueKind, board.TownRow("Bohmte").GetProperty("fairShare").ValueKind));
    }

    [Theory]
    [InlineData("Krisenstab:Dashboard:StaleAfter", "0")]
    [InlineData("Krisenstab:Dashboard:StaleAfter", "ein Tag")]
    [InlineData("Krisenstab:Accommodation:Towns:Melle", "viele")]
    [InlineData("Krisenstab:Accommodation:Towns:Melle", "-5")]
    public async Task A_setting_that_cannot_work_stops_the_start_naming_it(string key, string value)
    {
        var settings = new Dictionary<string, string> { [key] = value };
        await using var app = new GatewayApp(settings: settings);

        var refused = Assert.Throws<StartupConfigurationException>(
            () => DashboardSettings.From(new ConfigurationBuilder().AddInMemoryCollection(settings!).Build()));

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<InvalidOperationException>(() => app.Server);
    }

    [Fact]
    public void Without_settings_facilities_are_stale_after_a_day_and_towns_have_no_residents()
    {
        var settings = DashboardSettings.From(new ConfigurationBuilder().Build());

        Assert.Equal((TimeSpan.FromDays(1), 0), (settings.StaleAfter, settings.TownPopulations.Count));
    }
}
