using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.EventStore.Tests.Hosting;

/// <summary>A data directory of the test's own for hosts whose stores are registered with <c>AddEventStore</c>; deleted with the test.</summary>
public sealed class HostDataDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "krisenstab-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The configuration entry that points the stores here.</summary>
    public KeyValuePair<string, string?> Setting => new("Krisenstab:EventStore:DataDirectory", Path);

    /// <summary>A host builder with the store <paramref name="storeName"/> (SQLite) in this directory.</summary>
    public HostApplicationBuilder HostWithStore(string storeName)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([Setting]);
        builder.Services.AddEventStore(storeName, builder.Configuration);
        return builder;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
