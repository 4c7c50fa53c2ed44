using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Krisenstab.Tasking.Tests.Support;

/// <summary>The calls the tests make, spelt once.</summary>
public static class TaskingCalls
{
    public const string Api = "/api/tasking";

    public static Task<HttpResponseMessage> IssueAsync(
        this HttpClient http, string unit = TaskingApp.Supply, DateTimeOffset? dueAt = null, string priority = "high", string? title = "Feldbetten beschaffen", Guid? crisisId = null) =>
        http.PostAsJsonAsync($"{Api}/tasks", new { title, description = "120 Feldbetten für die Turnhalle Ost", unit, priority, dueAt = dueAt ?? DateTimeOffset.UtcNow.AddDays(1), crisisId });

    public static async Task<Guid> IssuedIdAsync(this HttpClient http, string unit = TaskingApp.Supply, DateTimeOffset? dueAt = null, string priority = "high", Guid? crisisId = null)
    {
        using var response = await http.IssueAsync(unit, dueAt, priority, crisisId: crisisId);
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> StepAsync(this HttpClient http, Guid taskId, string step, object? body = null) =>
        http.PostAsJsonAsync($"{Api}/tasks/{taskId}/{step}", body ?? new { });

    public static async Task<JsonElement> ReadAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(Api + path);
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The task as the queries show it, once the read model has caught up with <paramref name="isDone"/>.</summary>
    public static Task<JsonElement> TaskWhenAsync(this HttpClient http, Guid taskId, Func<JsonElement, bool> isDone, string what) =>
        Testing.Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await http.GetAsync($"{Api}/tasks/{taskId}");
                return response.StatusCode == HttpStatusCode.OK ? await response.ExpectJsonAsync(HttpStatusCode.OK) : default;
            },
            task => task.ValueKind == JsonValueKind.Object && isDone(task),
            what);

    public static IEnumerable<string> StepKinds(this JsonElement task) =>
        task.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()!);

    public static IEnumerable<Guid> Ids(this JsonElement tasks) => tasks.EnumerateArray().Select(t => t.GetProperty("id").GetGuid());

}
