using Krisenstab.EndToEnd.Tests.Support;

namespace Krisenstab.EndToEnd.Tests.Distributed;

/// <summary>A configuration that cannot work stops the process at start with exit code 2 and one line saying what to set.</summary>
public sealed class StartupRefusalTests
{
    public static TheoryData<string, string, string> GatewayConfigurations => new()
    {
        { "Krisenstab__Mode=Distributed", "Development", "Krisenstab__Services__situation" },
        { "Krisenstab__Mode=Sideways", "Development", "Embedded or Distributed" },
        { "Krisenstab__Auth__Users__0__Name=head;Krisenstab__Auth__Users__0__Password=demo;Krisenstab__Auth__Users__0__Roles__0=head", "Production", "Demo user 'head'" },
        { "Krisenstab__Auth__Users__0__Name=x;Krisenstab__Auth__Users__0__Password=secret;Krisenstab__Auth__Users__0__Roles__0=boss", "Development", "unknown role 'boss'" },
        { "Krisenstab__Documents__FontDirectory=/nowhere/fonts", "Development", "Krisenstab:Documents:FontDirectory: NotoSans-Regular.ttf is not in /nowhere/fonts" },
    };

    public static TheoryData<string, string> ServiceHostConfigurations => new()
    {
        { "Krisenstab__Modules=situation,weather;Krisenstab__Auth__Authority=http://127.0.0.1:1/;Krisenstab__Bus__Transport=RabbitMQ", "Unknown module 'weather'" },
        { "Krisenstab__Modules=situation;Krisenstab__Auth__Authority=http://127.0.0.1:1/", "Krisenstab__Bus__Transport=RabbitMQ" },
        { "Krisenstab__Modules=situation;Krisenstab__Bus__Transport=RabbitMQ", "Krisenstab__Auth__Authority" },
        { "Krisenstab__Auth__Authority=http://127.0.0.1:1/", "Krisenstab__Modules" },
    };

    [Theory]
    [MemberData(nameof(GatewayConfigurations))]
    public async Task The_gateway_refuses_to_start(string settings, string environment, string expected)
    {
        var variables = Parse(settings);
        variables["ASPNETCORE_ENVIRONMENT"] = environment;
        variables["Krisenstab__EventStore__DataDirectory"] = Path.Combine(Path.GetTempPath(), $"krisenstab-e2e-{Guid.NewGuid():N}");
        await AssertRefusesAsync(BuiltApps.Gateway, variables, expected);
    }

    [Theory]
    [MemberData(nameof(ServiceHostConfigurations))]
    public async Task The_service_host_refuses_to_start(string settings, string expected) =>
        await AssertRefusesAsync(BuiltApps.ServiceHost, Parse(settings), expected);

    private static async Task AssertRefusesAsync(string dll, Dictionary<string, string> variables, string expected)
    {
        await using var app = AppProcess.Start(dll, variables);

        var exitCode = await app.WaitForExitAsync();

        Assert.True(exitCode == 2, $"exit code {exitCode}\n{app.Errors}\n{app.Output}");
        var line = Assert.Single(app.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Krisenstab cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Parse(string settings) =>
        settings.Split(';').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
}
