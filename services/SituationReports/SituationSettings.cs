using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.SituationReports;

/// <summary>The checked settings of the situation service (see <see cref="SituationOptions"/>).</summary>
public sealed record SituationSettings(TimeSpan ReportOverdueAfter, string FontDirectory)
{
    /// <summary>Throws <see cref="StartupConfigurationException"/> with one line naming the setting that cannot work.</summary>
    public static SituationSettings Check(SituationOptions options)
    {
        if (options.ReportOverdueAfter <= TimeSpan.Zero)
        {
            throw new StartupConfigurationException($"{SituationOptions.Section}:ReportOverdueAfter must be a positive time span (e.g. 1.00:00:00), not {options.ReportOverdueAfter}.");
        }
        return new SituationSettings(options.ReportOverdueAfter, options.FontDirectory);
    }
}
