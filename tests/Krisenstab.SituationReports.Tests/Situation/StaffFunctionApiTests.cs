using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Tests.Support;

namespace Krisenstab.SituationReports.Tests.Situation;

public class StaffFunctionApiTests
{
    private const string Functions = "/api/situation/functions";

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task Without_configuration_every_role_reads_the_doctrines_functions_in_speaking_order(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var press = await app.ClientForAsync(Roles.Press);

        var functions = (await press.GetJsonAsync(Functions)).EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("name").GetString())).ToList();

        Assert.Equal(["S2", "S1", "S3", "S4", "S5", "S6", "LdS"], functions.Select(f => f.Item1));
        Assert.Equal("Lage", functions[0].Item2);
        Assert.Equal("Leiter des Stabes", functions[^1].Item2);
    }

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task Configured_functions_are_listed_with_their_German_names_the_speakers_first_and_meetings_use_them(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine, settings: new Dictionary<string, string>
        {
            ["Krisenstab:Situation:Functions:0:Code"] = "VS-K",
            ["Krisenstab:Situation:Functions:0:Name"] = "Koordinierung",
            ["Krisenstab:Situation:Functions:1:Code"] = "VS-L",
            ["Krisenstab:Situation:Functions:1:Name"] = "Lage und Dokumentation",
            ["Krisenstab:Situation:Functions:2:Code"] = "VS-B",
            ["Krisenstab:Situation:Functions:2:Name"] = "Bürgerinformation",
            ["Krisenstab:Situation:SpeakingOrder:0"] = "VS-L",
            ["Krisenstab:Situation:SpeakingOrder:1"] = "VS-K",
        });
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.NewCrisisAsync();

        var functions = (await head.GetJsonAsync(Functions)).EnumerateArray().Select(f => $"{f.GetProperty("code").GetString()} {f.GetProperty("name").GetString()}");
        var meetingId = await head.CreateAsync($"/api/situation/crises/{crisisId}/meetings", new { startsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var agenda = (await head.GetJsonAsync($"/api/situation/crises/{crisisId}/meetings/{meetingId}")).GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("functionName").GetString());

        Assert.Equal(["VS-L Lage und Dokumentation", "VS-K Koordinierung", "VS-B Bürgerinformation"], functions);
        Assert.Equal(["Lage und Dokumentation", "Koordinierung"], agenda);
    }
}
