using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Distributed;

/// <summary>
/// Distributed mode as it runs in production: the gateway, a SituationReports host and a Dashboard host as three
/// OS processes on a fresh RabbitMQ vhost and a fresh PostgreSQL database; everything through the gateway.
/// </summary>
public sealed class DistributedSliceTests
{
    [Fact]
    public async Task A_crisis_opened_through_the_gateway_reaches_the_dashboard_hub_of_another_process()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var dataDirectory = Directory.CreateTempSubdirectory("krisenstab-e2e-").FullName;
        var gatewayPort = AppProcess.FreePort();
        var issuer = $"http://127.0.0.1:{gatewayPort}/";

        await using var situation = AppProcess.Start(BuiltApps.ServiceHost, ServiceHosts.Environment("situation", issuer, database, vhost));
        await using var dashboard = AppProcess.Start(BuiltApps.ServiceHost, ServiceHosts.Environment("dashboard", issuer, database, vhost));
        await using var gateway = AppProcess.Start(BuiltApps.Gateway, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Krisenstab__Mode"] = "Distributed",
            ["Krisenstab__Auth__Issuer"] = issuer,
            ["Krisenstab__EventStore__DataDirectory"] = dataDirectory,
            ["Krisenstab__Services__situation"] = situation.Address.ToString(),
            ["Krisenstab__Services__dashboard"] = dashboard.Address.ToString(),
        }, gatewayPort);
        try
        {
            await Task.WhenAll(situation.WaitUntilReadyAsync(), dashboard.WaitUntilReadyAsync(), gateway.WaitUntilReadyAsync());
            using var http = new HttpClient { BaseAddress = gateway.Address };

            using var anonymous = await http.GetAsync("/api/situation/crises");
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

            var token = await Tokens.ForAsync(http, "head");
            await using var hub = await SituationHub.ConnectAsync(gateway.Address, token, SituationHub.ConnectClientWebSocketAsync);
            var name = $"Flood {Guid.NewGuid():N}";
            using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Post, "/api/situation/crises", token, Tokens.Json(new { name, region = "Kreis Süd" })));

            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{situation.Output}");
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            await hub.WaitForCrisisAsync(id, name);

            using var picture = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, $"/api/dashboard/crises/{id}/picture", token));
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
