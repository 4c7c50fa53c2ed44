using System.Net;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Crises;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Api;

public class PostgresTests
{
    [Fact]
    public async Task The_crisis_lifecycle_reaches_list_and_picture_with_stores_in_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new GatewayApp(postgres: database.ConnectionString);
        var head = await app.ClientForAsync(Roles.Head);

        var id = await head.OpenCrisisAsync("Auf PostgreSQL");
        using var closed = await head.CloseAsync(id);
        using var again = await head.CloseAsync(id);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (closed.StatusCode, again.StatusCode));
        await Eventually.TrueAsync(async () => (await head.ListAsync()).SingleOrDefault(c => c.Id == id)?.Status == CrisisStatus.Closed, "the closed crisis listed");
        var picture = await Eventually.ReturnsAsync(
            () => head.TryGetAsync<SituationPicture>($"/api/dashboard/crises/{id}/picture"), p => p?.Status == CrisisPhase.Closed, "the closed picture");
        Assert.Equal(2, picture!.JournalLength);
    }
}
