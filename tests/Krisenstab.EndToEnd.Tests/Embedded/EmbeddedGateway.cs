using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Krisenstab.EndToEnd.Tests.Embedded;

/// <summary>The gateway in embedded mode (every module in-process, SQLite, in-memory bus) on a temporary data directory of its own.</summary>
public sealed class EmbeddedGateway : WebApplicationFactory<Program>
{
    private readonly bool _ownsDirectory;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Further configuration for this gateway (e.g. small rate limits).</param>
    public EmbeddedGateway(string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _ownsDirectory = dataDirectory is null;
        _settings = settings ?? new Dictionary<string, string>();
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("krisenstab-e2e-").FullName;
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Krisenstab:Mode", "Embedded");
        builder.UseSetting("Krisenstab:EventStore:Provider", "Sqlite");
        builder.UseSetting("Krisenstab:EventStore:DataDirectory", DataDirectory);
        builder.UseSetting("Krisenstab:Bus:Transport", "InMemory");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDirectory)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
