using Krisenstab.ServiceDefaults.Startup;
using Krisenstab.Tasking.Units;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.Tasking;

/// <summary>The checked timing settings of the tasks service (see <see cref="TaskingOptions"/>).</summary>
public sealed record TaskingSettings(TimeSpan SweepInterval, TimeSpan ReminderBefore)
{
    /// <summary>The settings and units under <c>Krisenstab:Tasking</c>; throws <see cref="StartupConfigurationException"/> when they cannot work.</summary>
    public static (TaskingSettings Settings, TaskUnits Units) Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(TaskingOptions.Section).Get<TaskingOptions>() ?? new TaskingOptions();
        if (options.SweepInterval <= TimeSpan.Zero)
        {
            throw new StartupConfigurationException($"{TaskingOptions.Section}:SweepInterval must be a positive time span (e.g. 00:01:00), not {options.SweepInterval}.");
        }
        if (options.ReminderBefore < TimeSpan.Zero)
        {
            throw new StartupConfigurationException($"{TaskingOptions.Section}:ReminderBefore must not be negative (00:00:00 turns reminders off), not {options.ReminderBefore}.");
        }
        return (new TaskingSettings(options.SweepInterval, options.ReminderBefore), TaskUnits.From(TaskingOptions.Section, [.. options.Units.Select(Coded)]));
    }

    /// <summary>A unit setting with its code: the one given, else its key.</summary>
    private static UnitSetting Coded(KeyValuePair<string, UnitSetting> unit) =>
        new() { Code = unit.Value.Code ?? unit.Key, Name = unit.Value.Name, Members = unit.Value.Members };
}
