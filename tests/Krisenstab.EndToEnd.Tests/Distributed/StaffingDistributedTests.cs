using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Distributed;

/// <summary>
/// The staff pool distributed: the gateway, a situation, a staffing and a dashboard host as four OS processes on a
/// fresh RabbitMQ vhost and PostgreSQL database. One assignment for a crisis, made through the gateway, reaches the
/// crisis's picture in the dashboard process.
/// </summary>
public sealed class StaffingDistributedTests
{
    [Fact]
    public async Task An_assignment_for_a_crisis_reaches_its_picture_in_another_process()
    {
        await using var run = await DistributedRun.StartAsync("situation", "staffing", "dashboard");
        var situation = run.Services["situation"];
        var staffing = run.Services["staffing"];
        var dashboard = run.Services["dashboard"];
        var http = run.Http;
        var token = await Tokens.ForAsync(http, "head");
        var crisis = await run.CreatedAsync(token, "/api/situation/crises", new { name = $"Zugang {Guid.NewGuid():N}", region = "Landkreis Kassel" });
        var member = await run.CreatedAsync(token, "/api/staffing/members", new
        {
            kind = "staff",
            homeDepartment = "Bürgeramt",
            name = "Erika Mustermann",
            languages = new[] { new { code = "uk", level = "fluent" } },
        });
        await run.CreatedAsync(token, "/api/staffing/members", new { kind = "staff", homeDepartment = "Bürgeramt", name = "Max Mustermann" });
        var request = await run.CreatedAsync(token, "/api/staffing/requests", new
        {
            unit = "Ankunftszentrum",
            place = "Messehalle 2",
            needed = 2,
            requiredLanguages = new[] { "uk" },
            from = "2022-03-14",
            to = "2022-03-27",
            crisisId = crisis,
        });

        using var assigned = await http.SendAsync(Tokens.Authorized(
            HttpMethod.Post, $"/api/staffing/requests/{request}/assignments", token, Tokens.Json(new { memberId = member })));
        Assert.True(assigned.StatusCode == HttpStatusCode.Created, $"{assigned.StatusCode}: {await assigned.Content.ReadAsStringAsync()}\n{staffing.Output}");

        var staffingSection = await Eventually.ReturnsAsync(
            async () => await PictureAsync(http, token, crisis),
            picture => picture is { } p && p.GetProperty("staffing").GetProperty("assigned").GetInt32() == 1,
            "the assignment in the crisis picture", TimeSpan.FromSeconds(60));
        var section = staffingSection!.Value.GetProperty("staffing");
        Assert.Equal(2, section.GetProperty("requested").GetInt32());
        Assert.Equal("uk", section.GetProperty("places")[0].GetProperty("deployments")[0].GetProperty("languages")[0].GetString());
        Assert.DoesNotContain("Erika", staffingSection.Value.ToString(), StringComparison.Ordinal);
    }


    /// <summary>The picture, or null while the dashboard has not seen the crisis (404).</summary>
    private static async Task<JsonElement?> PictureAsync(HttpClient http, string token, Guid crisis)
    {
        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, $"/api/dashboard/crises/{crisis}/picture", token));
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }
}
