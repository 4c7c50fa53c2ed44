using Krisenstab.ServiceDefaults.Overload;
using Krisenstab.ServiceDefaults.Startup;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>The shedding threshold: a value that cannot work stops the start with one line; 00:00:00 turns shedding off.</summary>
public sealed class OverloadSettingsTests
{
    [Theory]
    [InlineData("soon")]
    [InlineData("-00:00:01")]
    [InlineData("00:01:00")]
    public void A_threshold_that_cannot_work_is_one_line_naming_it(string value)
    {
        var error = Assert.Throws<StartupConfigurationException>(() => OverloadOptions.Read(With(value)));

        Assert.StartsWith("Krisenstab:Overload:MaxSchedulingDelay must be a time span", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(null, 100, true)]
    [InlineData("00:00:00.250", 250, true)]
    [InlineData("00:00:00", 0, false)]
    public void Unset_it_is_100_ms_and_zero_turns_shedding_off(string? value, int milliseconds, bool sheds)
    {
        var options = OverloadOptions.Read(With(value));

        Assert.Equal((TimeSpan.FromMilliseconds(milliseconds), sheds), (options.MaxSchedulingDelay, options.Sheds));
    }

    private static IConfiguration With(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [$"{OverloadOptions.Section}:MaxSchedulingDelay"] = value })
        .Build();
}
