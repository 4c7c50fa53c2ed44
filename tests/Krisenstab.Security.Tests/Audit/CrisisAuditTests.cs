using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Dashboard.Journal;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Security.Tests.Audit;

public sealed class CrisisAuditTests
{
    [Fact]
    public async Task The_audit_of_a_crisis_says_who_did_what_when_narrowed_by_actor_and_time()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var admin = await app.ClientForAsync(Roles.Admin);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        using var opened = await head.PostAsJsonAsync("/api/situation/crises", new { name = "Zugang Nord", region = "Kassel" }, GatewayApp.Json);
        var id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var closed = await admin.PostAsJsonAsync($"/api/situation/crises/{id}/close", new { reason = "vorbei" }, GatewayApp.Json);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var all = await Eventually.ReturnsAsync(() => AuditAsync(analyst, id, ""), entries => entries?.Count == 2, "both changes in the audit");
        var byHead = await AuditAsync(analyst, id, "?actor=head");
        var fromClosing = await AuditAsync(admin, id, $"?from={Uri.EscapeDataString(all![1].OccurredAt.ToString("O"))}");
        var untilOpening = await AuditAsync(admin, id, $"?to={Uri.EscapeDataString(all[0].OccurredAt.ToString("O"))}&actor=admin");

        Assert.Equal([("head", "head"), ("admin", "admin")], all.Select(e => (e.ActorId, e.ActorRole)));
        Assert.Equal(["situation.crisis-opened.v1"], byHead!.Select(e => e.EventType));
        Assert.Equal(["admin"], fromClosing!.Select(e => e.ActorId!));
        Assert.Empty(untilOpening!);
    }

    [Fact]
    public async Task The_audit_refuses_a_bad_range_and_roles_other_than_admin_and_analyst()
    {
        await using var app = new GatewayApp();
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var head = await app.ClientForAsync(Roles.Head);
        var id = Guid.NewGuid();

        using var badTime = await analyst.GetAsync(new Uri($"/api/dashboard/crises/{id}/audit?from=gestern", UriKind.Relative));
        using var reversed = await analyst.GetAsync(new Uri($"/api/dashboard/crises/{id}/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", UriKind.Relative));
        using var unknown = await analyst.GetAsync(new Uri($"/api/dashboard/crises/{id}/audit", UriKind.Relative));
        using var asHead = await head.GetAsync(new Uri($"/api/dashboard/crises/{id}/audit", UriKind.Relative));

        Assert.Equal(
            (HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Forbidden),
            (badTime.StatusCode, reversed.StatusCode, unknown.StatusCode, asHead.StatusCode));
        Assert.Contains("'from'", await badTime.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<AuditEntry>?> AuditAsync(HttpClient client, Guid id, string query)
    {
        using var response = await client.GetAsync(new Uri($"/api/dashboard/crises/{id}/audit{query}", UriKind.Relative));
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<List<AuditEntry>>(GatewayApp.Json) : null;
    }
}
