using System.Net;
using System.Net.Http.Json;
using Krisenstab.Logbook.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Logbook.Tests.Api;

/// <summary>The staff log through the API on both stores: keeper, entries, corrections, closing, countersignature, refusals.</summary>
public sealed class StaffLogApiTests
{
    [Theory]
    [MemberData(nameof(Engine.Both), MemberType = typeof(Engine))]
    public async Task The_keeper_writes_corrects_closes_and_another_head_countersigns(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var staff = await host.App.ClientForAsync("staff");
        var head = await host.App.ClientForAsync("head");
        var crisis = Guid.NewGuid();

        (await staff.TakeOverAsync(crisis)).EnsureSuccessStatusCode();
        var written = await staff.WrittenNumberAsync(crisis, "Turnhalle Ost ab 14 Uhr belegbar.");
        using var corrected = await staff.PostAsJsonAsync($"{LogbookCalls.StaffLog(crisis)}/entries/{written}/corrections", new { text = "Turnhalle Ost ab 16 Uhr belegbar." });
        var correction = (await corrected.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetInt32();
        (await staff.PostAsync($"{LogbookCalls.StaffLog(crisis)}/close", null)).EnsureSuccessStatusCode();
        using var countersigned = await head.PostAsync($"{LogbookCalls.StaffLog(crisis)}/countersign", null);
        await countersigned.ExpectJsonAsync(HttpStatusCode.OK);

        var log = await head.GetJsonAsync(LogbookCalls.StaffLog(crisis));
        Assert.Equal([1, 2, 3, 4, 5], log.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("number").GetInt32()));
        Assert.Equal((2, 3), (written, correction));
        var entries = log.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal("Turnhalle Ost ab 14 Uhr belegbar.", entries[1].GetProperty("text").GetString());
        Assert.Equal(3, entries[1].GetProperty("supersededBy").GetInt32());
        Assert.Equal(2, entries[2].GetProperty("supersedes").GetInt32());
        Assert.Equal("staff", log.GetProperty("closedBy").GetString());
        Assert.Equal("head", log.GetProperty("countersignedBy").GetString());
    }

    [Theory]
    [MemberData(nameof(Engine.Both), MemberType = typeof(Engine))]
    public async Task Writing_without_being_the_keeper_and_countersigning_ones_own_log_are_forbidden(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var staff = await host.App.ClientForAsync("staff");
        var head = await host.App.ClientForAsync("head");
        var crisis = Guid.NewGuid();
        (await head.TakeOverAsync(crisis)).EnsureSuccessStatusCode();

        await (await staff.WriteAsync(crisis)).ExpectProblemAsync(HttpStatusCode.Forbidden, "not-keeper");
        (await head.PostAsync($"{LogbookCalls.StaffLog(crisis)}/close", null)).EnsureSuccessStatusCode();
        await (await head.PostAsync($"{LogbookCalls.StaffLog(crisis)}/countersign", null)).ExpectProblemAsync(HttpStatusCode.Forbidden, "own-log");
        await (await head.WriteAsync(crisis)).ExpectProblemAsync(HttpStatusCode.Conflict, "log-closed");

        var log = await head.GetJsonAsync(LogbookCalls.StaffLog(crisis));
        Assert.Equal(2, log.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("press")]
    [InlineData("analyst")]
    public async Task Roles_that_do_not_keep_the_log_are_refused(string user)
    {
        await using var host = await Engine.StartAsync("sqlite");
        var client = await host.App.ClientForAsync(user);
        var head = await host.App.ClientForAsync("head");
        var crisis = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.TakeOverAsync(crisis)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.LogMessageAsync(crisis)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{LogbookCalls.StaffLog(crisis)}/countersign", null)).StatusCode);
        Assert.Equal(0, (await head.GetJsonAsync(LogbookCalls.StaffLog(crisis))).GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"unit":"S2","text":"x"}""", "category")]
    [InlineData("""{"category":"correction","unit":"S2","text":"x"}""", "category")]
    [InlineData("""{"category":"order","unit":"","text":"x"}""", "unit")]
    [InlineData("""{"category":"order","unit":"S2","text":""}""", "text")]
    [InlineData("""{"category":"order","unit":"S2","text":"x","occurredAt":"2999-01-01T00:00:00Z"}""", "occurredAt")]
    public async Task A_bad_entry_is_a_problem_naming_its_field_and_stores_nothing(string body, string field)
    {
        await using var host = await Engine.StartAsync("sqlite");
        var staff = await host.App.ClientForAsync("staff");
        var crisis = Guid.NewGuid();
        (await staff.TakeOverAsync(crisis)).EnsureSuccessStatusCode();

        using var response = await staff.PostAsync($"{LogbookCalls.StaffLog(crisis)}/entries", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, $"invalid-{field}");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(1, (await staff.GetJsonAsync(LogbookCalls.StaffLog(crisis))).GetProperty("entries").GetArrayLength());
    }
}
