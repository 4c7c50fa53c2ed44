using Krisenstab.EventStore.Postgres;
using Krisenstab.EventStore.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Krisenstab.EventStore.Tests.Hosting;

public sealed class AddEventStoreTests : IDisposable
{
    private readonly HostDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Sqlite_is_the_default_with_one_file_per_store_under_the_data_directory()
    {
        await using var services = Build(("Krisenstab:EventStore:DataDirectory", _data.Path));

        var store = services.GetRequiredKeyedService<IEventStore>("accommodation");
        await store.AppendAsync(StreamName.For("facility", Guid.NewGuid()), ExpectedVersion.NoStream, [Conformance.TestEvents.New()]);

        var sqlite = Assert.IsType<SqliteEventStore>(store);
        Assert.Equal(Path.Combine(_data.Path, "accommodation.db"), sqlite.DatabasePath);
        Assert.True(File.Exists(sqlite.DatabasePath));
        Assert.Same(store, services.GetRequiredKeyedService<ICheckpointStore>("accommodation"));
        Assert.Same(store, services.GetRequiredKeyedService<IInbox>("accommodation"));
        Assert.NotSame(store, services.GetRequiredKeyedService<IEventStore>("tasking"));
    }

    [Fact]
    public async Task Postgres_gives_each_store_its_own_schema()
    {
        await using var database = await Krisenstab.Testing.PostgresDatabase.CreateAsync();
        await using var services = Build(("Krisenstab:EventStore:Provider", "Postgres"), ("ConnectionStrings:Postgres", database.ConnectionString));

        var store = Assert.IsType<PostgresEventStore>(services.GetRequiredKeyedService<IEventStore>("situation-reports"));
        await store.AppendAsync(StreamName.For("crisis", Guid.NewGuid()), ExpectedVersion.NoStream, [Conformance.TestEvents.New()]);

        Assert.Equal("situation_reports", store.SchemaName);
        Assert.Single(await store.ReadAllAsync(0, 10));
        Assert.Empty(await services.GetRequiredKeyedService<IEventStore>("tasking").ReadAllAsync(0, 10));
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_the_start_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(("Krisenstab:EventStore:Provider", "Postgres")));

        Assert.Equal("Krisenstab:EventStore:Provider is Postgres but ConnectionStrings:Postgres is not set.", error.Message);
    }

    [Fact]
    public void An_unknown_provider_stops_the_start_naming_the_choices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(("Krisenstab:EventStore:Provider", "Oracle")));

        Assert.Contains("Krisenstab:EventStore:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite or Postgres", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape")]
    [InlineData("1starts-with-digit")]
    public void A_store_name_that_is_no_file_or_schema_name_is_refused(string storeName)
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddEventStore(storeName, configuration));
    }

    [Fact]
    public async Task The_health_check_is_tagged_ready_and_healthy_when_the_store_answers()
    {
        await using var services = Build(("Krisenstab:EventStore:DataDirectory", _data.Path));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Contains("event-store-accommodation", report.Entries.Keys);
    }

    [Fact]
    public async Task The_health_check_is_unhealthy_when_the_database_cannot_be_reached()
    {
        await using var services = Build(
            ("Krisenstab:EventStore:Provider", "Postgres"),
            ("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Timeout=2"));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["event-store-accommodation"].Status);
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEventStore("accommodation", configuration);
        services.AddEventStore("tasking", configuration);
        services.AddEventStore("situation-reports", configuration);
        services.AddHealthChecks().AddEventStoreCheck("accommodation");
        return services.BuildServiceProvider();
    }
}
