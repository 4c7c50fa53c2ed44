using Krisenstab.ServiceDefaults.Startup;
using Krisenstab.Testing;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.SituationReports.Tests.Situation;

/// <summary>A situation setting that cannot work stops the start with one line naming it (the host's StartupGuard prints it).</summary>
public class StartupTests
{
    [Theory]
    [InlineData("Krisenstab:Situation:ReportOverdueAfter", "-01:00:00", "ReportOverdueAfter must be a positive time span")]
    [InlineData("Krisenstab:Situation:SpeakingOrder:0", "S9", "SpeakingOrder names 'S9'")]
    [InlineData("Krisenstab:Situation:Functions:0:Code", "VS1", "every function needs a Code and a German Name")]
    public async Task A_setting_that_cannot_work_stops_the_start_with_one_line(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        await using var app = new GatewayApp(settings: new Dictionary<string, string> { [key] = value });

        var refused = Assert.Throws<StartupConfigurationException>(() => SituationSettings.Read(configuration));
        Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }
}
