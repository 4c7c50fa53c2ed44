using System.Net;
using Krisenstab.Communication.Tests.Support;
using Krisenstab.Testing;
using static Krisenstab.Communication.Tests.Support.CommunicationClient;

namespace Krisenstab.Communication.Tests.Api;

public sealed class BadInputTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "sqlite", "no-german", "texts" },
        { "sqlite", "empty-text", "texts[1].text" },
        { "sqlite", "invalid-tag", "texts[1].language" },
        { "postgres", "no-german", "texts" },
        { "postgres", "empty-text", "texts[1].text" },
        { "postgres", "invalid-tag", "texts[1].language" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_texts_are_a_problem_naming_the_field_and_nothing_is_stored(string engine, string bad, string field) => Engines.RunAsync(engine, async app =>
    {
        var staff = await app.ClientForAsync("staff");
        object[] texts = bad switch
        {
            "no-german" => [Ukrainian],
            "empty-text" => [German, new { language = "uk", title = "Пункт", text = "" }],
            _ => [German, new { language = "ukrainisch", title = "Пункт", text = "Пункт видачі" }],
        };

        var problem = await (await staff.PostDraftAsync(texts)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        // The board reads the store in order: once a later good draft shows, a stored bad one would have shown before it.
        var good = await staff.DraftAsync();
        var all = await Eventually.ReturnsAsync(
            async () => (await (await staff.GetAsync($"{Prefix}/messages")).ExpectJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList(),
            list => list.Count > 0, "the good draft on the board");
        Assert.Equal([good], all.Select(m => m.GetProperty("id").GetGuid()));
    }, null);
}
