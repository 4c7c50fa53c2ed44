using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Dashboard.Lessons;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.Dashboard.Tests.Lessons;

public class LessonNotesTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task Notes_are_kept_in_their_own_streams_by_moment_and_not_in_the_crisis_journal(string engine)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var engineApp = await EngineApp.StartAsync(engine, time: clock);
        var app = engineApp.App;
        var head = await app.ClientForAsync(Roles.Head);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var crisis = await head.OpenCrisisAsync("Lernen");
        var opened = (await Eventually.ReturnsAsync(() => analyst.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"), p => p is not null, "the picture"))!.Value
            .GetProperty("openedAt").GetDateTimeOffset();
        clock.Advance(TimeSpan.FromHours(1));

        var late = await NoteAsync(analyst, crisis, opened.AddMinutes(30), "too-late", "Die Feldbetten kamen erst nach zwei Stunden.");
        var well = await NoteAsync(head, crisis, opened.AddMinutes(5), "went-well", "Erste Halle in fünf Minuten geöffnet.");

        Assert.Equal(("too-late", "analyst", "analyst"), (late.GetProperty("category").GetString(), late.GetProperty("author").GetString(), late.GetProperty("authorRole").GetString()));
        var listed = await analyst.GetJsonAsync($"/api/dashboard/crises/{crisis}/notes");
        Assert.Equal(["went-well", "too-late"], listed.EnumerateArray().Select(n => n.GetProperty("category").GetString()));
        Assert.Equal(well.GetProperty("noteId").GetGuid(), listed[0].GetProperty("noteId").GetGuid());
        var read = await app.Service<ILessonNotes>().ListAsync(crisis);
        Assert.Equal(["Erste Halle in fünf Minuten geöffnet.", "Die Feldbetten kamen erst nach zwei Stunden."], read.Select(n => n.Text));
        Assert.Equal(1, (await analyst.GetJsonAsync($"/api/dashboard/crises/{crisis}/journal")).GetArrayLength());
    }

    [Fact]
    public async Task A_note_sent_twice_with_one_key_is_kept_once()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var crisis = await head.OpenCrisisAsync("Doppelt");
        await Eventually.ReturnsAsync(() => analyst.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"), p => p is not null, "the picture");
        var body = new { moment = DateTimeOffset.UtcNow.AddMinutes(-1), category = "improvement", text = "Dolmetscher früher anfragen." };

        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dashboard/crises/{crisis}/notes") { Content = JsonContent.Create(body, options: GatewayApp.Json) };
            request.Headers.Add("Idempotency-Key", "note-1");
            using var response = await analyst.SendAsync(request);
            await response.ExpectJsonAsync(HttpStatusCode.Created);
        }

        Assert.Equal(1, (await analyst.GetJsonAsync($"/api/dashboard/crises/{crisis}/notes")).GetArrayLength());
    }

    [Fact]
    public async Task Bad_notes_are_problems_naming_the_field_and_nothing_is_stored()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var crisis = await head.OpenCrisisAsync("Ungültig");
        await Eventually.ReturnsAsync(() => analyst.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"), p => p is not null, "the picture");
        var then = DateTimeOffset.UtcNow.AddMinutes(-1);

        await ExpectInvalidAsync(analyst, crisis, new { category = "too-late", text = "ohne Zeitpunkt" }, "moment");
        await ExpectInvalidAsync(analyst, crisis, new { moment = DateTimeOffset.UtcNow.AddDays(1), category = "too-late", text = "morgen" }, "moment");
        await ExpectInvalidAsync(analyst, crisis, new { moment = then, category = "egal", text = "unbekannte Art" }, "category");
        await ExpectInvalidAsync(analyst, crisis, new { moment = then, category = "went-well", text = "   " }, "text");
        await ExpectInvalidAsync(analyst, crisis, new { moment = then, category = "went-well", text = new string('x', LessonCommands.MaxTextLength + 1) }, "text");
        Assert.Equal(0, (await analyst.GetJsonAsync($"/api/dashboard/crises/{crisis}/notes")).GetArrayLength());

        using var unknown = await analyst.PostAsJsonAsync($"/api/dashboard/crises/{Guid.NewGuid()}/notes", new { moment = then, category = "went-well", text = "?" }, GatewayApp.Json);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Press)]
    public async Task Staff_and_press_may_neither_read_nor_write_notes(string role)
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync("Nur Analyse");
        var other = await app.ClientForAsync(role);

        using var read = await other.GetAsync(new Uri($"/api/dashboard/crises/{crisis}/notes", UriKind.Relative));
        using var write = await other.PostAsJsonAsync($"/api/dashboard/crises/{crisis}/notes", new { moment = DateTimeOffset.UtcNow, category = "went-well", text = "x" }, GatewayApp.Json);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (read.StatusCode, write.StatusCode));
    }

    private static async Task<JsonElement> NoteAsync(HttpClient client, Guid crisis, DateTimeOffset moment, string category, string text)
    {
        using var response = await client.PostAsJsonAsync($"/api/dashboard/crises/{crisis}/notes", new { moment, category, text }, GatewayApp.Json);
        return await response.ExpectJsonAsync(HttpStatusCode.Created);
    }

    private static async Task ExpectInvalidAsync(HttpClient client, Guid crisis, object body, string field)
    {
        using var response = await client.PostAsJsonAsync($"/api/dashboard/crises/{crisis}/notes", body, GatewayApp.Json);
        var problem = await response.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names '{field}': {problem}");
    }
}
