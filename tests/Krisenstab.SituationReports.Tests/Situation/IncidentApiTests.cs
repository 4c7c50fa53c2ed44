using System.Net;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Incidents;
using Krisenstab.SituationReports.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Situation;

public class IncidentApiTests
{
    private const string Secret = "Herr K. bedrohte Frau M. in Zimmer 12";

    private static string Incidents(Guid crisisId) => $"/api/situation/crises/{crisisId}/incidents";

    private static object Incident(Guid facilityId, string category = "conflict", string severity = "serious") =>
        new { facilityId, category, severity, occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5), text = Secret };

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task Every_role_sees_counts_only_heads_and_admins_read_the_text_and_erasing_it_erases_it(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var admin = await app.ClientForAsync(Roles.Admin);
        var staff = await app.ClientForAsync(Roles.Staff);
        var press = await app.ClientForAsync(Roles.Press);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var crisisId = await head.NewCrisisAsync();
        var facility = Guid.NewGuid();

        var incidentId = await staff.CreateAsync(Incidents(crisisId), Incident(facility));
        await staff.CreateAsync(Incidents(crisisId), Incident(facility, "fire", "critical"));
        var updated = await staff.PutJsonAsync($"{Incidents(crisisId)}/{incidentId}", new { severity = "critical" }, HttpStatusCode.OK);
        await staff.PostJsonAsync($"{Incidents(crisisId)}/{incidentId}/close", null, HttpStatusCode.OK);

        Assert.DoesNotContain(Secret, updated.GetRawText(), StringComparison.Ordinal);
        foreach (var reader in new[] { staff, press, analyst })
        {
            var counts = await Eventually.ReturnsAsync(() => reader.GetJsonAsync(Incidents(crisisId)), c => c.Number("open") == 1, "the closed incident counted");
            Assert.Equal((2, 1, 2, 2), (counts.Number("total"), counts.GetProperty("byCategory").Number("fire"), counts.GetProperty("bySeverity").Number("critical"), counts.GetProperty("byFacility").Number(facility.ToString())));
            Assert.DoesNotContain("Zimmer", counts.GetRawText(), StringComparison.Ordinal);
            await reader.GetJsonAsync($"{Incidents(crisisId)}/details", HttpStatusCode.Forbidden);
        }
        foreach (var reader in new[] { head, admin })
        {
            var details = await reader.GetJsonAsync($"{Incidents(crisisId)}/details");
            Assert.Equal([Secret, Secret], details.EnumerateArray().Select(d => d.GetProperty("text").GetString()));
        }
        var stored = await app.Gateway.KeyedService<IEventStore>(SituationReportsModule.StoreName).ReadAllAsync(0, 1000);
        Assert.DoesNotContain(stored, e => e.Data.Contains("Zimmer", StringComparison.Ordinal));

        using var erased = await admin.DeleteAsync(new Uri($"/api/situation/personal-data/{IncidentText.SubjectOf(incidentId)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var after = await head.GetJsonAsync($"{Incidents(crisisId)}/details");
        Assert.Equal(PersonalText.Erased, after.EnumerateArray().Single(d => d.GetProperty("incident").GetProperty("id").GetGuid() == incidentId).GetProperty("text").GetString());
    }

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task Bad_input_is_a_problem_naming_the_field_and_nothing_is_stored(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.NewCrisisAsync();
        var stored = await StoredEvents.CountAsync(app);

        (await head.PostJsonAsync(Incidents(crisisId), new { category = "fire", severity = "minor", occurredAt = DateTimeOffset.UtcNow, text = "x" }, HttpStatusCode.BadRequest)).NamesField("facilityId");
        (await head.PostJsonAsync(Incidents(crisisId), new { facilityId = Guid.NewGuid(), category = "fire", severity = "minor", occurredAt = DateTimeOffset.UtcNow }, HttpStatusCode.BadRequest)).NamesField("text");
        (await head.PostJsonAsync(Incidents(crisisId), new { facilityId = Guid.NewGuid(), category = "flood", severity = "minor", occurredAt = DateTimeOffset.UtcNow, text = "x" }, HttpStatusCode.BadRequest)).NamesField("$.category");
        await head.PostJsonAsync($"{Incidents(crisisId)}/{Guid.NewGuid()}/close", null, HttpStatusCode.NotFound);

        Assert.Equal(stored, await StoredEvents.CountAsync(app));
    }
}
