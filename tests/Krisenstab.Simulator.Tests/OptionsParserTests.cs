using Krisenstab.Simulator.Options;

namespace Krisenstab.Simulator.Tests;

public class OptionsParserTests
{
    [Theory]
    [InlineData("--weeks 0", "--weeks '0' must be a number from 1 to 26.")]
    [InlineData("--weeks 2.5", "--weeks must be a whole number from 1 to 26.")]
    [InlineData("--compress fast", "--compress 'fast' must be a number from 1 to 1000000000.")]
    [InlineData("--rate 0", "--rate '0' must be a number from 0.01 to 10000.")]
    [InlineData("--seed 4.2", "--seed must be an integer.")]
    [InlineData("--scale 0", "--scale must be more than 0 and at most 1.")]
    [InlineData("--scale 2", "--scale '2' must be a number from 0 to 1.")]
    [InlineData("--start 07.03.2022", "--start '07.03.2022' is not a date (yyyy-MM-dd).")]
    [InlineData("--municipality Berlin", "--municipality 'Berlin' is not one studied municipality with population and protection seekers; --list shows them.")]
    [InlineData("--speed 3", "Unknown option '--speed'; --help lists the options.")]
    [InlineData("--weeks", "Option '--weeks' needs a value.")]
    [InlineData("--seed 1 --seed 2", "Option '--seed' is given twice.")]
    [InlineData("--gateway ftp://host", "--gateway 'ftp://host' is not an http(s) address.")]
    [InlineData("--gateway http://host:8080 --client-id a --client-secret s", "--gateway needs --approver-id (two machine clients: one drafts, the other approves).")]
    [InlineData("--gateway http://host:8080 --client-id a --client-secret s --approver-id a --approver-secret t",
        "--approver-id must differ from --client-id: a message is approved by a second client (four eyes).")]
    [InlineData("--gateway http://host:8080 --client-id a --client-secret s --approver-id b --approver-secret t --start 2022-03-07",
        "--start needs the embedded host: a running gateway records its own time.")]
    [InlineData("--client-id a", "--client-id is for --gateway; the embedded host signs in with machine clients of its own.")]
    public void A_bad_option_is_refused_with_one_line_naming_it(string arguments, string expected)
    {
        var (options, error) = OptionsParser.Parse(arguments.Split(' '));

        Assert.Null(options);
        Assert.Equal(expected, error);
        Assert.DoesNotContain('\n', error!);
    }

    [Fact]
    public void Good_options_are_read_and_the_rest_keeps_its_defaults()
    {
        var (options, error) = OptionsParser.Parse(["--municipality", "Flensburg", "--weeks", "3", "--compress", "10080", "--seed", "7", "--scale", "0.5", "--export", "x.ndjson"]);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(("Flensburg, kreisfreie Stadt", 92667, 5355), (options.Municipality.Name, options.Municipality.Population, options.Municipality.ProtectionSeekers));
        Assert.Equal((3, 10080d, 7, 0.5, "x.ndjson"), (options.Weeks, options.Compression, options.Seed, options.Scale, options.ExportPath));
        Assert.Equal((new DateOnly(2022, 3, 7), 20d, (Uri?)null), (options.Start, options.Rate, options.Gateway));
    }

    [Fact]
    public void A_running_gateway_is_driven_with_two_machine_clients()
    {
        var (options, error) = OptionsParser.Parse(
            ["--gateway", "http://localhost:8080", "--client-id", "simulator", "--client-secret", "s1", "--approver-id", "simulator-approver", "--approver-secret", "s2"]);

        Assert.Null(error);
        Assert.Equal(new Uri("http://localhost:8080"), options!.Gateway);
        Assert.Equal(new ClientCredentials("simulator", "s1"), options.Client);
        Assert.Equal(new ClientCredentials("simulator-approver", "s2"), options.Approver);
    }
}
