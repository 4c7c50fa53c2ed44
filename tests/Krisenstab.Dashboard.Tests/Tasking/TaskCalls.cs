using System.Net;
using System.Net.Http.Json;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Tasking;

/// <summary>The tasking API's commands as the dashboard's task tests use them (units from the development settings: staff in S4).</summary>
internal static class TaskCalls
{
    public static async Task<Guid> IssueTaskAsync(this HttpClient head, string title, DateTimeOffset dueAt, Guid? crisisId, string unit = "S4", string priority = "high")
    {
        using var response = await head.PostAsJsonAsync("/api/tasking/tasks", new { title, description = "", unit, priority, dueAt, crisisId }, GatewayApp.Json);
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task StepAsync(this HttpClient client, Guid taskId, string step, object? body = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/tasking/tasks/{taskId}/{step}", body ?? new { }, GatewayApp.Json);
        await response.ExpectJsonAsync(HttpStatusCode.OK);
    }
}
