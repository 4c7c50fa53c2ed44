using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Lessons;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// Writes a crisis's export (<see cref="CrisisExportFormat"/>): its journal and the district's accommodation journal,
/// each as it stood when the export began, streamed row by row from the store.
/// <para>
/// The accommodation journal goes with the crisis whole: the picture's <c>accommodation</c> section and its feed are
/// folded from all of it (facilities serve the whole district), and its chain can only be checked from its start.
/// </para>
/// </summary>
public sealed class CrisisExport(
    [FromKeyedServices(DashboardModule.StoreName)] IEventStore store,
    SituationPictures pictures,
    ILessonNotes lessons,
    TimeProvider time)
{
    private const int LinesPerFlush = 256;
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    /// <summary>The journals to export as they stand now, the crisis's first; null when the crisis has no journal.</summary>
    public async Task<IReadOnlyList<JournalCut>?> CutAsync(Guid crisisId, CancellationToken cancellationToken)
    {
        if (await JournalCut.TakeAsync(store, JournalStreams.Crisis(crisisId), cancellationToken) is not { } crisis)
        {
            return null;
        }
        var accommodation = await JournalCut.TakeAsync(store, JournalStreams.Accommodation, cancellationToken);
        return accommodation is null ? [crisis] : [crisis, accommodation];
    }

    public async Task WriteAsync(Guid crisisId, IReadOnlyList<JournalCut> cuts, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output);
        var picture = pictures.Find(crisisId);
        var header = new ExportHeader(
            CrisisExportFormat.HeaderKind, CrisisExportFormat.Name, CrisisExportFormat.Version, crisisId,
            picture?.Name, picture?.Region, picture?.OpenedAt, picture?.ClosedAt ?? picture?.LastUpdate, time.GetUtcNow(),
            [.. cuts.Select(c => c.Exported)]);
        await output.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(header, ContractJson.Options), cancellationToken);
        await output.WriteAsync(NewLine, cancellationToken);
        var lines = 0;
        await foreach (var row in JournalScan.RowsAsync(store, cuts, cancellationToken))
        {
            ExportEntry.From(row).Write(json);
            await EndLineAsync(json, output, cancellationToken);
            if (++lines % LinesPerFlush == 0)
            {
                await output.FlushAsync(cancellationToken);
            }
        }
        foreach (var note in await lessons.ListAsync(crisisId, cancellationToken))
        {
            await output.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(ExportNote.From(note), ContractJson.Options), cancellationToken);
            await output.WriteAsync(NewLine, cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }

    private static async Task EndLineAsync(Utf8JsonWriter json, Stream output, CancellationToken cancellationToken)
    {
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync(NewLine, cancellationToken);
        json.Reset(output);
    }
}
