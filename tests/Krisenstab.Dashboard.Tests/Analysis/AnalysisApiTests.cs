using System.Net;
using Krisenstab.Dashboard.Analysis;
using Krisenstab.Dashboard.Tests.Exports;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Analysis;

public class AnalysisApiTests
{
    [Fact]
    public async Task The_figures_csv_holds_the_crisis_days_figures_and_refuses_a_bad_period_and_other_roles()
    {
        await using var app = new GatewayApp();
        var id = await ExportCalls.SettledCrisisAsync(app);
        var analyst = await app.ClientForAsync(Roles.Analyst);

        var lines = (await analyst.TextAsync($"/api/dashboard/crises/{id}/figures.csv?per=day")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal(string.Join(',', AnalysisCsv.FigureColumns), lines[0]);
        var today = lines[^1].Split(',');
        // Facility of 40: 6 reserved and a household of 4 placed for the crisis; nothing announced, no tasks, no staff.
        Assert.Equal(["40", "4", "30", "6", "0", "10", "10", "0", "0", "4", "0", "0", "0", "0"], today[2..]);
        var hourly = (await analyst.TextAsync($"/api/dashboard/crises/{id}/figures.csv?per=hour")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(hourly.Length >= 2);

        using var badPeriod = await analyst.GetAsync(new Uri($"/api/dashboard/crises/{id}/figures.csv?per=week", UriKind.Relative));
        Assert.Equal("per", (await badPeriod.ExpectJsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Single().Name);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(new Uri($"/api/dashboard/crises/{Guid.CreateVersion7()}/analysis", UriKind.Relative))).StatusCode);
        foreach (var role in new[] { Roles.Staff, Roles.Press })
        {
            var other = await app.ClientForAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(new Uri($"/api/dashboard/crises/{id}/figures.csv", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(new Uri($"/api/dashboard/crises/{id}/analysis", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task The_analysis_route_and_its_csv_give_the_placement_wait_of_the_crisis()
    {
        await using var app = new GatewayApp();
        var id = await ExportCalls.SettledCrisisAsync(app);
        var analyst = await app.ClientForAsync(Roles.Analyst);

        var analysis = await analyst.GetJsonAsync($"/api/dashboard/crises/{id}/analysis");
        var csv = await analyst.TextAsync($"/api/dashboard/crises/{id}/analysis.csv");

        // Four people placed with no announcement before them: nobody's wait is known.
        var wait = analysis.GetProperty("placementWait");
        Assert.Equal((0, 4), (wait.Number("placed"), wait.Number("unmatched")));
        Assert.Equal("Export Süd", analysis.GetProperty("name").GetString());
        Assert.Contains("placement-wait,unmatched,,4,", csv, StringComparison.Ordinal);
        Assert.Single(analysis.GetProperty("staff").EnumerateArray());
    }
}
