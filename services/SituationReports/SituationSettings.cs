using Krisenstab.ServiceDefaults.Startup;
using Krisenstab.SituationReports.Staff;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.SituationReports;

/// <summary>The checked settings of the situation service (see <see cref="SituationOptions"/>).</summary>
public sealed record SituationSettings(TimeSpan ReportOverdueAfter)
{
    /// <summary>The settings and staff functions under <c>Krisenstab:Situation</c>; throws <see cref="StartupConfigurationException"/> when they cannot work.</summary>
    public static (SituationSettings Settings, StaffFunctions Functions) Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(SituationOptions.Section).Get<SituationOptions>() ?? new SituationOptions();
        return (Check(options), StaffFunctions.From(SituationOptions.Section, options.Functions, options.SpeakingOrder));
    }

    /// <summary>Throws <see cref="StartupConfigurationException"/> with one line naming the setting that cannot work.</summary>
    public static SituationSettings Check(SituationOptions options)
    {
        if (options.ReportOverdueAfter <= TimeSpan.Zero)
        {
            throw new StartupConfigurationException($"{SituationOptions.Section}:ReportOverdueAfter must be a positive time span (e.g. 1.00:00:00), not {options.ReportOverdueAfter}.");
        }
        return new SituationSettings(options.ReportOverdueAfter);
    }
}
