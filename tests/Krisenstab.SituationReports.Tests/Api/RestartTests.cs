using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Crises;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Api;

public class RestartTests
{
    [Fact]
    public async Task After_a_restart_the_list_and_the_picture_are_rebuilt_from_the_stores()
    {
        Guid id;
        var before = GatewayApp.BeforeRestart();
        await using (before)
        {
            var head = await before.ClientForAsync(Roles.Head);
            id = await head.OpenCrisisAsync("Vor dem Neustart");
            (await head.CloseAsync(id)).Dispose();
            await Eventually.TrueAsync(
                async () => (await head.TryGetAsync<SituationPicture>($"/api/dashboard/crises/{id}/picture"))?.Status == CrisisPhase.Closed,
                "the closed picture before the restart");
        }

        await using var after = before.Restarted();
        var analyst = await after.ClientForAsync(Roles.Analyst);

        var listed = await Eventually.ReturnsAsync(analyst.ListAsync, list => list.Any(c => c.Id == id), "the crisis listed after the restart");
        var picture = await Eventually.ReturnsAsync(
            () => analyst.TryGetAsync<SituationPicture>($"/api/dashboard/crises/{id}/picture"), p => p is not null, "the picture after the restart");
        Assert.Equal(CrisisStatus.Closed, listed.Single(c => c.Id == id).Status);
        Assert.Equal(("Vor dem Neustart", CrisisPhase.Closed, 2L), (picture!.Name, picture.Status, picture.JournalLength));
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
    }
}
