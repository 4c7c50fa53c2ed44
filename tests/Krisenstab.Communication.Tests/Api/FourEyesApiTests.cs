using System.Net;
using System.Net.Http.Json;
using Krisenstab.Testing;
using Krisenstab.Communication.Tests.Support;
using static Krisenstab.Communication.Tests.Support.CommunicationClient;

namespace Krisenstab.Communication.Tests.Api;

public sealed class FourEyesApiTests
{
    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public Task The_author_cannot_approve_even_as_head_and_a_second_person_can(string engine) => Engines.RunAsync(engine, async app =>
    {
        var head = await app.ClientForAsync("head");
        var press = await app.ClientForAsync("press");
        var id = await head.DraftAsync();
        (await head.StepAsync(id, "submit")).EnsureSuccessStatusCode();

        var own = await (await head.StepAsync(id, "approve")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("own-message", own.Text("code"));
        Assert.Equal("submitted", (await head.HistoryAsync(id)).Text("status"));

        var unapproved = await (await head.StepAsync(id, "publish")).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("not-approved", unapproved.Text("code"));

        (await press.StepAsync(id, "approve")).EnsureSuccessStatusCode();
        var published = await (await head.StepAsync(id, "publish")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("published", 1), (published.Text("status"), published.GetProperty("publishedVersion").GetInt32()));
        Assert.Equal(["submitted", "approved", "published"], published.GetProperty("steps").EnumerateArray().Select(s => s.Text("step")));
    }, null);

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public Task A_rejected_message_is_revised_resubmitted_and_a_published_one_corrected_and_retracted(string engine) => Engines.RunAsync(engine, async app =>
    {
        var staff = await app.ClientForAsync("staff");
        var press = await app.ClientForAsync("press");
        var id = await staff.DraftAsync();
        (await staff.StepAsync(id, "submit")).EnsureSuccessStatusCode();
        var rejected = await (await press.StepAsync(id, "reject", new { reason = "Uhrzeit fehlt" })).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal("rejected", rejected.Text("status"));
        using (var revise = await staff.PutAsJsonAsync($"{Prefix}/messages/{id}", new { texts = new[] { German } }))
        {
            revise.EnsureSuccessStatusCode();
        }
        (await staff.StepAsync(id, "submit")).EnsureSuccessStatusCode();
        (await press.StepAsync(id, "approve")).EnsureSuccessStatusCode();
        (await press.StepAsync(id, "publish")).EnsureSuccessStatusCode();

        var corrected = new { language = "de", title = "Ausgabestelle geöffnet", text = "Die Ausgabestelle im Rathaus ist ab 11 Uhr geöffnet." };
        (await staff.StepAsync(id, "corrections", new { texts = new[] { corrected }, note = "Uhrzeit korrigiert" })).EnsureSuccessStatusCode();
        (await staff.StepAsync(id, "submit")).EnsureSuccessStatusCode();
        (await press.StepAsync(id, "approve")).EnsureSuccessStatusCode();
        var history = await (await press.StepAsync(id, "publish")).ExpectJsonAsync(HttpStatusCode.OK);
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["superseded", "published"], versions.Select(v => v.Text("status")));
        Assert.Equal((false, true), (versions[0].GetProperty("isCorrection").GetBoolean(), versions[1].GetProperty("isCorrection").GetBoolean()));
        Assert.Contains("10 Uhr", versions[0].GetProperty("texts")[0].Text("text"), StringComparison.Ordinal);

        var retracted = await (await press.StepAsync(id, "retract", new { reason = "Ausgabe abgesagt" })).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Ausgabe abgesagt", retracted.Text("retractionReason"));
        var feed = await Eventually.ReturnsAsync(
            () => app.CreateClient().GetStringAsync($"{Prefix}/feeds/public/de"), xml => xml.Contains("term=\"retracted\"", StringComparison.Ordinal) && xml.Contains("Zurückgezogen: Ausgabe abgesagt", StringComparison.Ordinal),
            "the retraction with its reason in the German feed");
        Assert.Contains("term=\"correction\"", feed, StringComparison.Ordinal);
    }, null);
}
