using System.Net;
using System.Net.Http.Json;
using Krisenstab.Logbook.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Logbook.Tests.Api;

/// <summary>The message log through the API on both stores: record, route, acknowledge, read (JSON and CSV), refusals.</summary>
public sealed class MessageLogApiTests
{
    [Theory]
    [MemberData(nameof(Engine.Both), MemberType = typeof(Engine))]
    public async Task A_message_is_logged_routed_and_acknowledged_with_its_sender_sealed_in_the_store(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var staff = await host.App.ClientForAsync("staff");
        var head = await host.App.ClientForAsync("head");
        var crisis = Guid.NewGuid();

        using var logged = await staff.LogMessageAsync(crisis);
        var created = await logged.ExpectJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(1, created.GetProperty("number").GetInt32());
        (await staff.PostAsJsonAsync($"{LogbookCalls.Messages(crisis)}/{id}/route", new { function = "S3" })).EnsureSuccessStatusCode();
        (await head.PostAsync($"{LogbookCalls.Messages(crisis)}/{id}/acknowledge", null)).EnsureSuccessStatusCode();
        await (await staff.PostAsync($"{LogbookCalls.Messages(crisis)}/{id}/acknowledge", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "already-acknowledged");

        var message = (await head.GetJsonAsync(LogbookCalls.Messages(crisis))).EnumerateArray().Single();
        Assert.Equal("PHK Meier, Polizeiinspektion Nord", message.GetProperty("sender").GetString());
        Assert.Equal("blitz", message.GetProperty("priority").GetString());
        Assert.Equal("S3", message.GetProperty("function").GetString());
        Assert.Equal("head", message.GetProperty("acknowledgedBy").GetString());
        var csv = await head.GetStringAsync($"{LogbookCalls.Messages(crisis)}.csv");
        Assert.StartsWith("number,direction,channel,priority,at,sender,recipient,content", csv, StringComparison.Ordinal);
        Assert.Contains("\"PHK Meier, Polizeiinspektion Nord\"", csv, StringComparison.Ordinal);
        var journal = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await head.GetAsync($"/api/dashboard/crises/{crisis}/journal");
                return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : "";
            },
            text => text.Contains("logbook.message-acknowledged.v1", StringComparison.Ordinal),
            "the message's three events in the crisis journal");
        Assert.Contains("logbook.message-logged.v1", journal, StringComparison.Ordinal);
        Assert.DoesNotContain("Meier", journal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"channel":"phone","at":"2024-01-01T10:00:00Z","sender":"a","recipient":"b","content":"c"}""", "direction")]
    [InlineData("""{"direction":"incoming","channel":"phone","sender":"a","recipient":"b","content":"c"}""", "at")]
    [InlineData("""{"direction":"incoming","channel":"phone","at":"2024-01-01T10:00:00Z","sender":"","recipient":"b","content":"c"}""", "sender")]
    [InlineData("""{"direction":"incoming","channel":"phone","at":"2024-01-01T10:00:00Z","sender":"a","recipient":"b","content":""}""", "content")]
    public async Task A_bad_message_is_a_problem_naming_its_field_and_stores_nothing(string body, string field)
    {
        await using var host = await Engine.StartAsync("sqlite");
        var staff = await host.App.ClientForAsync("staff");
        var crisis = Guid.NewGuid();

        using var response = await staff.PostAsync(LogbookCalls.Messages(crisis), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, $"invalid-{field}");
        Assert.Equal(0, (await staff.GetJsonAsync(LogbookCalls.Messages(crisis))).GetArrayLength());
    }

    [Fact]
    public async Task The_press_reads_no_message_log()
    {
        await using var host = await Engine.StartAsync("sqlite");
        var press = await host.App.ClientForAsync("press");

        Assert.Equal(HttpStatusCode.Forbidden, (await press.GetAsync(LogbookCalls.Messages(Guid.NewGuid()))).StatusCode);
    }
}
