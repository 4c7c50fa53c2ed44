using System.Net;
using System.Text.Json;
using Xunit;

namespace Krisenstab.Testing;

/// <summary>An answer's JSON after asserting its status (the body is in the message when it differs); an RFC 9457 problem, with its code when given.</summary>
public static class HttpAnswers
{
    public static async Task<JsonElement> ExpectJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string? code = null)
    {
        var problem = await response.ExpectJsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (code is not null)
        {
            Assert.Equal(code, problem.GetProperty("code").GetString());
        }
        return problem;
    }
}
