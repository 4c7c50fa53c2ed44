using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Api;

public class RestartTests
{
    [Fact]
    public async Task After_a_restart_the_picture_with_its_version_and_feed_is_rebuilt_from_the_journal()
    {
        Guid id;
        SituationPicture closed;
        var before = GatewayApp.BeforeRestart();
        await using (before)
        {
            var head = await before.ClientForAsync(Roles.Head);
            id = await head.OpenCrisisAsync("Vor dem Neustart");
            await head.CloseCrisisAsync(id);
            closed = (await Eventually.ReturnsAsync(
                () => head.TryGetAsync<SituationPicture>($"/api/dashboard/crises/{id}/picture"), p => p?.Status == CrisisPhase.Closed, "the closed picture before the restart"))!;
        }

        await using var after = before.Restarted();
        var analyst = await after.ClientForAsync(Roles.Analyst);

        var picture = await Eventually.ReturnsAsync(
            () => analyst.TryGetAsync<SituationPicture>($"/api/dashboard/crises/{id}/picture"), p => p?.Status == CrisisPhase.Closed, "the picture after the restart");
        Assert.Equal(("Vor dem Neustart", 2L, 2L), (picture!.Name, picture.JournalLength, picture.Version));
        Assert.Equal(closed.Feed, picture.Feed);
    }

    [Fact]
    public async Task After_a_restart_the_accommodation_board_is_rebuilt_from_the_journal()
    {
        Guid facility;
        var before = GatewayApp.BeforeRestart();
        await using (before)
        {
            var staff = await before.ClientForAsync(Roles.Staff);
            facility = await staff.RegisterFacilityAsync("Pension Haseblick", "Quakenbrück", 9);
            await staff.PlaceHouseholdAsync(facility, "AZ-2025-009", 2);
            await Eventually.TrueAsync(
                async () => (await staff.GetJsonAsync("/api/dashboard/accommodation")).FacilityRow(facility)?.Number("occupied") == 2,
                "the placement on the board before the restart");
        }

        await using var after = before.Restarted();
        var analyst = await after.ClientForAsync(Roles.Analyst);

        var board = await Eventually.ReturnsAsync(
            () => analyst.GetJsonAsync("/api/dashboard/accommodation"), b => b.FacilityRow(facility)?.Number("occupied") == 2, "the placement on the board after the restart");
        Assert.Equal((7, 7), (board.TownRow("Quakenbrück").Number("free"), board.GetProperty("district").Number("free")));
        Assert.Equal(2, board.GetProperty("version").GetInt64());
        Assert.Equal("shared-shelter", board.FacilityRow(facility)!.Value.GetProperty("kind").GetString());
    }
}
