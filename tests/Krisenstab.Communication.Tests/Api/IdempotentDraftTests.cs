using System.Net;
using System.Net.Http.Json;
using Krisenstab.Communication.Tests.Support;
using Krisenstab.Testing;
using static Krisenstab.Communication.Tests.Support.CommunicationClient;

namespace Krisenstab.Communication.Tests.Api;

/// <summary>A draft sent again with its Idempotency-Key (a double click, a retry after a lost answer) is one message.</summary>
public sealed class IdempotentDraftTests
{
    [Fact]
    public async Task A_draft_sent_twice_with_one_key_is_one_message_and_the_key_with_another_draft_is_refused()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");
        var draft = new { crisisId = Guid.NewGuid(), audience = "public", channels = new[] { "feed" }, texts = new[] { German } };

        using var first = await staff.PostWithKeyAsync($"{Prefix}/messages", draft, "draft-1");
        using var again = await staff.PostWithKeyAsync($"{Prefix}/messages", draft, "draft-1");
        using var other = await staff.PostWithKeyAsync($"{Prefix}/messages", draft with { audience = "council" }, "draft-1");

        var id = (await first.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(id, (await again.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal("idempotency-key-reused", (await other.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("code"));
        Assert.Single(await staff.GetFromJsonAsync<Summary[]>($"{Prefix}/messages") ?? [], m => m.Id == id);
        Assert.Single((await staff.HistoryAsync(id)).GetProperty("versions").EnumerateArray());
    }

    private sealed record Summary(Guid Id);
}
