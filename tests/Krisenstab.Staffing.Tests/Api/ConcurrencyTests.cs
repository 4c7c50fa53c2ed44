using System.Net;
using Krisenstab.Staffing.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Staffing.Tests.Api;

/// <summary>The invariants under real concurrency, on both stores: never two overlapping deployments, the department's cap, first come first served.</summary>
public sealed class ConcurrencyTests
{
    private const int Racers = 12;

    [Fact]
    public Task Concurrent_assignments_of_one_member_on_Sqlite_let_exactly_one_win() => Engines.OnSqliteAsync(OneMemberOneDeploymentAsync);

    [Fact]
    public Task Concurrent_assignments_of_one_member_on_Postgres_let_exactly_one_win() => Engines.OnPostgresAsync(OneMemberOneDeploymentAsync);

    [Fact]
    public Task Concurrent_assignments_from_one_department_on_Sqlite_hold_its_cap() => Engines.OnSqliteAsync(DepartmentCapHoldsAsync);

    [Fact]
    public Task Concurrent_assignments_from_one_department_on_Postgres_hold_its_cap() => Engines.OnPostgresAsync(DepartmentCapHoldsAsync);

    [Fact]
    public Task Concurrent_claims_of_one_place_on_Sqlite_are_first_come_first_served() => Engines.OnSqliteAsync(FirstComeFirstServedAsync);

    [Fact]
    public Task Concurrent_claims_of_one_place_on_Postgres_are_first_come_first_served() => Engines.OnPostgresAsync(FirstComeFirstServedAsync);

    /// <summary>One member, twelve overlapping requests (and the same request twice): one 201, the rest 409.</summary>
    private static async Task OneMemberOneDeploymentAsync(GatewayApp app)
    {
        var staff = await app.ClientForAsync("staff");
        var department = $"Amt {Guid.NewGuid():N}";
        var member = await staff.RegisterStaffAsync(department);
        await staff.RegisterStaffAsync(department, "Max Mustermann");
        var requests = new List<Guid>();
        for (var i = 0; i < Racers; i++)
        {
            requests.Add(await staff.RequestAsync(needed: 3, from: $"2022-03-{10 + i:00}", to: "2022-03-30"));
        }

        var responses = await Task.WhenAll(requests.Append(requests[0]).Select(r => staff.AssignAsync(r, member)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Contains(await refused.ProblemCodeAsync(HttpStatusCode.Conflict), new[] { "member-double-booked", "member-already-assigned" });
        }
        var assigned = 0;
        foreach (var request in requests)
        {
            assigned += (await staff.GetJsonAsync($"{StaffingClient.Api}/requests/{request}")).Number("assigned");
        }
        Assert.Equal(1, assigned);
    }

    /// <summary>Six staff of one department (half may go: three), each assigned to a request of their own at once.</summary>
    private static async Task DepartmentCapHoldsAsync(GatewayApp app)
    {
        var staff = await app.ClientForAsync("staff");
        var department = $"Amt {Guid.NewGuid():N}";
        var members = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            members.Add(await staff.RegisterStaffAsync(department, $"Person {i}"));
        }
        var requests = new List<Guid>();
        foreach (var _ in members)
        {
            requests.Add(await staff.RequestAsync(needed: 1));
        }

        var responses = await Task.WhenAll(members.Select((m, i) => staff.AssignAsync(requests[i], m)));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal("department-cap-reached", await refused.ProblemCodeAsync(HttpStatusCode.Conflict));
        }
    }

    /// <summary>Twelve interpreters claim the one place of an interpreting request at once.</summary>
    private static async Task FirstComeFirstServedAsync(GatewayApp app)
    {
        var staff = await app.ClientForAsync("staff");
        var request = await staff.RequestAsync(needed: 1, languages: ["uk"], interpreting: true);
        var interpreters = new List<Guid>();
        for (var i = 0; i < Racers; i++)
        {
            interpreters.Add(await staff.RegisterInterpreterAsync($"Dolmetscherin {i}", "uk"));
        }

        var responses = await Task.WhenAll(interpreters.Select(m => staff.ClaimAsync(request, m)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal("request-filled", await refused.ProblemCodeAsync(HttpStatusCode.Conflict));
        }
        var after = await staff.GetJsonAsync($"{StaffingClient.Api}/requests/{request}");
        Assert.Equal((1, 1), (after.Number("needed"), after.Number("assigned")));
    }
}
