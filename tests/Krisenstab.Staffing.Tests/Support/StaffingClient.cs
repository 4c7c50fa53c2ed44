using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Krisenstab.Staffing.Tests.Support;

/// <summary>The calls the tests make, spelt once.</summary>
public static class StaffingClient
{
    public const string Api = "/api/staffing";
    public const string From = "2022-03-14";
    public const string To = "2022-03-27";

    public static async Task<Guid> RegisterStaffAsync(this HttpClient http, string department, string name = "Erika Mustermann", params string[] languages) =>
        await RegisterAsync(http, new
        {
            kind = "staff",
            homeDepartment = department,
            name,
            phone = "+49 561 1234",
            email = "erika@example.org",
            skills = new[] { "registration" },
            languages = languages.Select(code => new { code, level = "fluent" }),
            availability = new[] { new { from = From, to = To, hoursPerWeek = 39 } },
        });

    public static async Task<Guid> RegisterInterpreterAsync(this HttpClient http, string name, params string[] languages) =>
        await RegisterAsync(http, new
        {
            kind = "interpreter",
            name,
            languages = languages.Select(code => new { code, level = "native" }),
            availability = new[] { new { from = From, to = To, hoursPerWeek = 10 } },
        });

    public static async Task<Guid> RegisterAsync(this HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync($"{Api}/members", body);
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> RequestAsync(
        this HttpClient http, int needed, string[]? languages = null, string[]? skills = null, bool interpreting = false, string from = From, string to = To)
    {
        using var response = await http.PostAsJsonAsync($"{Api}/requests", new
        {
            unit = "Ankunftszentrum",
            place = "Messehalle 2",
            needed,
            requiredSkills = skills ?? [],
            requiredLanguages = languages ?? [],
            from,
            to,
            interpreting,
        });
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> AssignAsync(this HttpClient http, Guid requestId, Guid memberId) =>
        http.PostAsJsonAsync($"{Api}/requests/{requestId}/assignments", new { memberId });

    public static Task<HttpResponseMessage> ClaimAsync(this HttpClient http, Guid requestId, Guid memberId) =>
        http.PostAsJsonAsync($"{Api}/requests/{requestId}/claims", new { memberId });

    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Asserts an RFC 9457 problem with this status and returns its <c>code</c>.</summary>
    public static async Task<string?> ProblemCodeAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.ExpectJsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return problem.GetProperty("code").GetString();
    }

    public static int Number(this JsonElement json, string property) => json.GetProperty(property).GetInt32();
}
