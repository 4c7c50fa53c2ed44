using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Crises;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Api;

public class RestartTests
{
    [Fact]
    public async Task After_a_restart_the_list_is_rebuilt_from_the_store()
    {
        Guid id;
        var before = GatewayApp.BeforeRestart();
        await using (before)
        {
            var head = await before.ClientForAsync(Roles.Head);
            id = await head.OpenCrisisAsync("Vor dem Neustart");
            (await head.CloseAsync(id)).Dispose();
            await Eventually.TrueAsync(
                async () => (await head.ListAsync()).SingleOrDefault(c => c.Id == id)?.Status == CrisisStatus.Closed, "the closed crisis listed before the restart");
        }

        await using var after = before.Restarted();
        var analyst = await after.ClientForAsync(Roles.Analyst);

        var listed = await Eventually.ReturnsAsync(analyst.ListAsync, list => list.Any(c => c.Id == id), "the crisis listed after the restart");
        var crisis = listed.Single(c => c.Id == id);
        Assert.Equal(("Vor dem Neustart", CrisisStatus.Closed), (crisis.Name, crisis.Status));
    }
}
