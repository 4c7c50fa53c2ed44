using Krisenstab.EventStore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// The command-line verb <c>import-crisis {file}</c>: imports an export file into the dashboard's store named by the
/// configuration (the same settings the service starts with), as <c>POST /api/dashboard/imports</c> does; prints the
/// crisis and each journal's anchor, or why the file is refused. Exits 0 imported, 1 refused, 2 when called wrongly.
/// </summary>
public static class ImportCrisisVerb
{
    public const string Name = "import-crisis";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, IConfiguration configuration, TextWriter output)
    {
        if (arguments.Count != 1 || !File.Exists(arguments[0]))
        {
            await output.WriteLineAsync($"usage: {Name} <export file (.ndjson)>");
            return 2;
        }
        var services = new ServiceCollection().AddEventStore(DashboardModule.StoreName, configuration);
        await using var provider = services.BuildServiceProvider();
        var import = new CrisisImport(provider.GetRequiredKeyedService<IEventStore>(DashboardModule.StoreName));
        var (result, error) = await import.ImportAsync(() => File.OpenRead(arguments[0]), CancellationToken.None);
        if (error is not null)
        {
            await output.WriteLineAsync($"REFUSED ({error.Code}): {error.Detail}");
            return 1;
        }
        await output.WriteLineAsync($"crisis {result!.CrisisId} ({result.Name ?? "no name"}) imported");
        foreach (var journal in result.Journals)
        {
            await output.WriteLineAsync($"journal {journal.Journal}: {journal.Length} entries, anchor {journal.Anchor}");
        }
        return 0;
    }
}
