using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Krisenstab.Security.Tests.RoleMatrix;

/// <summary>
/// Built from the app's own endpoint list and the hubs' methods, so that a new endpoint or hub method without a
/// declared role fails here. Nothing is written: every call is refused before it reaches the module.
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixTests.App fixture) : IClassFixture<RoleMatrixTests.App>
{
    public sealed class App : IAsyncLifetime
    {
        public GatewayApp Gateway { get; } = new();

        public IReadOnlyList<DeclaredEndpoint> Endpoints { get; private set; } = [];

        public IReadOnlyList<DeclaredHubMethod> HubMethods { get; private set; } = [];

        public Task InitializeAsync()
        {
            using var _ = Gateway.CreateClient();
            var source = Gateway.Service<EndpointDataSource>();
            Endpoints = DeclaredEndpoint.All(source);
            HubMethods = DeclaredHubMethod.All(source);
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Gateway.DisposeAsync();
    }

    [Fact]
    public void The_endpoint_list_holds_every_module_and_the_hub()
    {
        var patterns = fixture.Endpoints.Select(e => e.Pattern).ToList();

        Assert.Contains(patterns, p => p.StartsWith("/api/situation/", StringComparison.Ordinal));
        Assert.Contains(patterns, p => p.StartsWith("/api/accommodation/", StringComparison.Ordinal));
        Assert.Contains(patterns, p => p.StartsWith("/api/dashboard/", StringComparison.Ordinal));
        Assert.Contains(patterns, p => p.StartsWith("/api/logbook/", StringComparison.Ordinal));
        Assert.Contains(patterns, p => p.StartsWith("/hubs/", StringComparison.Ordinal));
        Assert.NotEmpty(fixture.HubMethods);
    }

    [Fact]
    public void Every_endpoint_declares_its_roles_or_is_anonymous_for_a_listed_reason()
    {
        var undeclared = fixture.Endpoints.Where(e => !e.Anonymous && e.Roles is null).Select(e => e.ToString()).ToList();
        var anonymousUnlisted = fixture.Endpoints.Where(e => e.Anonymous && !AnonymousEndpoints.Reasons.ContainsKey(e.ToString())).Select(e => e.ToString()).ToList();
        var declaredNobody = fixture.Endpoints.Where(e => e.Roles is { Count: 0 }).Select(e => e.ToString()).ToList();

        Assert.True(undeclared.Count == 0, "Endpoints without a declared role (add .RequireRoles(…)): " + string.Join("; ", undeclared));
        Assert.True(anonymousUnlisted.Count == 0, "Anonymous endpoints without a listed reason: " + string.Join("; ", anonymousUnlisted));
        Assert.True(declaredNobody.Count == 0, "Endpoints whose policies no role can satisfy: " + string.Join("; ", declaredNobody));
    }

    [Fact]
    public void Every_hub_method_declares_its_roles()
    {
        var undeclared = fixture.HubMethods.Where(m => m.Roles is null).Select(m => m.ToString()).ToList();

        Assert.True(undeclared.Count == 0, "Hub methods without [AuthorizeRoles(…)] or [AnyRole]: " + string.Join("; ", undeclared));
    }

    [Fact]
    public async Task Every_endpoint_refuses_a_caller_without_a_token_with_401()
    {
        using var client = fixture.Gateway.CreateClient();
        var wrong = new List<string>();
        foreach (var endpoint in fixture.Endpoints.Where(e => !e.Anonymous))
        {
            using var response = await client.SendAsync(Request(endpoint));
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, "Answered a caller without a token with other than 401: " + string.Join("; ", wrong));
    }

    [Fact]
    public async Task Every_endpoint_refuses_each_role_it_does_not_name_with_403()
    {
        var wrong = new List<string>();
        var checkedCalls = 0;
        foreach (var role in Roles.Known)
        {
            using var client = await fixture.Gateway.ClientForAsync(role);
            foreach (var endpoint in fixture.Endpoints.Where(e => e.RefusedRoles.Contains(role)))
            {
                using var response = await client.SendAsync(Request(endpoint));
                checkedCalls++;
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{endpoint} as {role}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(checkedCalls > 0, "no endpoint refuses any role: the matrix checked nothing");
        Assert.True(wrong.Count == 0, "Answered a role it does not name with other than 403: " + string.Join("; ", wrong));
    }

    [Fact]
    public async Task Every_hub_method_answers_the_roles_it_names_and_refuses_the_others()
    {
        var wrong = new List<string>();
        // A volunteer may not connect to the hub at all (its negotiate endpoint is in the endpoint matrix), so the
        // methods are checked for every role the hub admits.
        foreach (var role in Roles.All)
        {
            await using var hub = await fixture.Gateway.ConnectHubAsync(role);
            foreach (var method in fixture.HubMethods)
            {
                var refused = await IsRefusedAsync(hub, method);
                if (refused != method.RefusedRoles.Contains(role))
                {
                    wrong.Add($"{method} as {role}: {(refused ? "refused" : "answered")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public async Task Every_known_role_has_a_development_user_the_matrix_signs_in_as()
    {
        foreach (var role in Roles.Known)
        {
            using var client = await fixture.Gateway.ClientForAsync(role);
            using var response = await client.GetAsync(new Uri("/api/dashboard/crises", UriKind.Relative));

            Assert.Equal(role == Roles.Volunteer ? HttpStatusCode.Forbidden : HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_hub_refuses_a_volunteer()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => fixture.Gateway.ConnectHubAsync(Roles.Volunteer));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_token()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => fixture.Gateway.ConnectHubAsync(user: null));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_role_table_is_the_one_the_code_declares()
    {
        var generated = RoleTable.Markdown(fixture.Endpoints, fixture.HubMethods);

        Assert.True(generated == RoleTable.InReadme(), $"README.md's role table is out of date; between the markers it must read:\n{generated}");
    }

    private static HttpRequestMessage Request(DeclaredEndpoint endpoint) => new(new HttpMethod(endpoint.Method), endpoint.SamplePath())
    {
        Content = endpoint.Method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };

    private static async Task<bool> IsRefusedAsync(HubConnection hub, DeclaredHubMethod method)
    {
        try
        {
            await hub.InvokeCoreAsync(method.Method.Name, typeof(object), method.SampleArguments());
            return false;
        }
        catch (HubException failed) when (failed.Message.Contains("unauthorized", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
    }
}
