using Krisenstab.Gateway.Auth;
using Krisenstab.Simulator.Options;
using Krisenstab.Simulator.Running;
using Krisenstab.Simulator.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Simulator.Tests;

/// <summary>The simulator driving a running gateway (real time, its own configured machine clients), as the load generator will.</summary>
public class GatewayRunTests
{
    private const string OperatorSecret = "operator-secret-for-the-test";
    private const string ApproverSecret = "approver-secret-for-the-test";

    [Fact]
    public async Task A_one_week_scenario_reaches_the_picture_of_a_running_gateway_with_real_timestamps()
    {
        await using var gateway = new GatewayApp(settings: new Dictionary<string, string>
        {
            ["Krisenstab:Auth:Clients:0:ClientId"] = "simulator",
            ["Krisenstab:Auth:Clients:0:SecretHash"] = UserDirectory.HashPassword(OperatorSecret),
            ["Krisenstab:Auth:Clients:0:Roles:0"] = "head",
            ["Krisenstab:Auth:Clients:1:ClientId"] = "simulator-approver",
            ["Krisenstab:Auth:Clients:1:SecretHash"] = UserDirectory.HashPassword(ApproverSecret),
            ["Krisenstab:Auth:Clients:1:Roles:0"] = "head",
            ["Krisenstab:Auth:Clients:1:Roles:1"] = "press",
        });
        var address = gateway.StartOnLoopback();
        // A week in 30 s: due times and reservations, compressed into real time, stay ahead of a busy machine's lag.
        var options = SmallScenario.Options(weeks: 1, seed: 11, compression: 20_160) with
        {
            Gateway = address,
            Client = new ClientCredentials("simulator", OperatorSecret),
            Approver = new ClientCredentials("simulator-approver", ApproverSecret),
        };
        var commands = SmallScenario.Commands(options);
        var expected = ScenarioFigures.Of(commands);
        var before = DateTimeOffset.UtcNow;

        var result = await Simulation.RunAsync(options, null, null, CancellationToken.None, async (api, summary) =>
        {
            Assert.True(summary.Refused + summary.Failed + summary.Skipped == 0, string.Join("; ", summary.Refusals));
            var (_, picture) = await Eventually.ReturnsAsync(() => PictureReading.ReadAsync(api, summary.CrisisId), r => r.Figures == expected,
                $"the picture shows {expected}", TimeSpan.FromSeconds(60));
            Assert.InRange(picture.GetProperty("openedAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow);
        });

        Assert.True(result.Summary.Refused + result.Summary.Failed + result.Summary.Skipped == 0, string.Join("; ", result.Summary.Refusals));
        Assert.Null(result.DataDirectory);
    }

    [Fact]
    public async Task A_wrong_client_secret_stops_the_run_with_the_reason()
    {
        await using var gateway = new GatewayApp();
        var options = SmallScenario.Options(weeks: 1, seed: 1, compression: 50_000) with
        {
            Gateway = gateway.StartOnLoopback(),
            Client = new ClientCredentials("simulator", "wrong"),
            Approver = new ClientCredentials("simulator-approver", "wrong"),
        };

        var refused = await Assert.ThrowsAsync<SignInException>(() => Simulation.RunAsync(options, null, null, CancellationToken.None));

        Assert.StartsWith("Client 'simulator' could not sign in at http://127.0.0.1:", refused.Message, StringComparison.Ordinal);
    }
}
