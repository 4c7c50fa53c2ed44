namespace Krisenstab.Testing;

/// <summary>Where the real servers started by scripts/test-servers.sh are. Missing settings fail the test with the fix.</summary>
public static class TestServers
{
    public static string Postgres => Required("KRISENSTAB_TEST_POSTGRES");
    public static string RabbitMq => Required("KRISENSTAB_TEST_RABBITMQ");
    public static Uri RabbitMqManagement => new(Required("KRISENSTAB_TEST_RABBITMQ_MANAGEMENT"));

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Run the tests with scripts/test.sh, or: eval \"$(scripts/test-servers.sh)\" first.");
}
