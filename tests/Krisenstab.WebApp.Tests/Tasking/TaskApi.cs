using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Testing;

namespace Krisenstab.WebApp.Tests.Tasking;

/// <summary>The tasking API as a colleague uses it beside the browser: the head issues, and reads what they issued.</summary>
internal static class TaskApi
{
    public static async Task<Guid> IssueTaskAsync(this GatewayApp gateway, string title, string unit, DateTimeOffset dueAt, Guid crisisId, string priority = "high")
    {
        using var head = await gateway.ClientForAsync("head");
        using var response = await head.PostAsJsonAsync("/api/tasking/tasks", new { title, unit, priority, dueAt, crisisId }, GatewayApp.Json);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> IssuedByHeadAsync(this GatewayApp gateway)
    {
        using var head = await gateway.ClientForAsync("head");
        return await head.GetFromJsonAsync<JsonElement>("/api/tasking/issued");
    }
}
