using System.Net;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Crises;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Api;

public class PostgresTests
{
    [Fact]
    public async Task The_crisis_lifecycle_reaches_the_list_with_the_store_in_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new GatewayApp(postgres: database.ConnectionString);
        var head = await app.ClientForAsync(Roles.Head);

        var id = await head.OpenCrisisAsync("Auf PostgreSQL");
        using var closed = await head.CloseAsync(id);
        using var again = await head.CloseAsync(id);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (closed.StatusCode, again.StatusCode));
        await Eventually.TrueAsync(async () => (await head.ListAsync()).SingleOrDefault(c => c.Id == id)?.Status == CrisisStatus.Closed, "the closed crisis listed");
    }
}
