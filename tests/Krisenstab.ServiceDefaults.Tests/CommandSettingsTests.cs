using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Startup;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>Command settings that cannot work stop the start with one line naming the setting.</summary>
public sealed class CommandSettingsTests
{
    [Theory]
    [InlineData("QueueTimeout", "00:00:00", "Krisenstab:Commands:QueueTimeout must be more than 0")]
    [InlineData("QueueTimeout", "00:05:00", "Krisenstab:Commands:QueueTimeout must be more than 0")]
    [InlineData("QueueTimeout", "soon", "Krisenstab:Commands cannot be read")]
    [InlineData("MaxQueued", "0", "Krisenstab:Commands:MaxQueued must be a positive whole number")]
    [InlineData("MaxAttempts", "-1", "Krisenstab:Commands:MaxAttempts must be a positive whole number")]
    [InlineData("CachedStreams", "-5", "Krisenstab:Commands:CachedStreams must be 0")]
    [InlineData("SnapshotEvery", "-1", "Krisenstab:Commands:SnapshotEvery must be 0")]
    public void A_setting_that_cannot_work_is_one_line_naming_it(string setting, string value, string expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{CommandRunnerOptions.Section}:{setting}"] = value })
            .Build();

        var error = Assert.Throws<StartupConfigurationException>(() => CommandRunnerOptions.Read(configuration));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Unset_settings_are_the_documented_defaults()
    {
        var options = CommandRunnerOptions.Read(new ConfigurationBuilder().Build());

        Assert.Equal((25, TimeSpan.FromSeconds(1), 200, 10_000, 500),
            (options.MaxAttempts, options.QueueTimeout, options.MaxQueued, options.CachedStreams, options.SnapshotEvery));
    }
}
