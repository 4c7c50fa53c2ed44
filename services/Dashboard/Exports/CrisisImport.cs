using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Lessons;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// Imports an export file into this installation's dashboard store: the whole file is verified first
/// (<see cref="ExportVerifier"/>), then its rows are stored exactly as they were — same journals, places, ids,
/// metadata, data and chain links — so that the journals verify and the pictures fold as in the source; the
/// lessons-learned notes go into the crisis's lessons stream as they were noted.
/// <para>
/// Refused: a file that does not verify (nothing stored), a crisis this installation already has, and an
/// accommodation journal that is not the same chain as the file's (the one journal of the district cannot hold two
/// histories). When this installation's accommodation journal is a beginning of the file's, the rest is added; when
/// the file's is a beginning of this installation's, nothing of it is added.
/// </para>
/// </summary>
public sealed class CrisisImport([FromKeyedServices(DashboardModule.StoreName)] IEventStore store)
{
    private const int RowsPerAppend = 500;

    /// <summary>Imports the file (readable twice: verified, then stored); the result or why not.</summary>
    public async Task<(ImportResult? Result, DomainError? Error)> ImportAsync(Func<Stream> openFile, CancellationToken cancellationToken)
    {
        var accommodation = await JournalCut.TakeAsync(store, JournalStreams.Accommodation, cancellationToken);
        var wanted = accommodation is null ? new Dictionary<string, long>() : new() { [JournalStreams.Accommodation.Value] = accommodation.Head.Version };
        VerifiedExport verified;
        await using (var file = openFile())
        {
            try
            {
                verified = await ExportVerifier.VerifyAsync(file, wanted, cancellationToken);
            }
            catch (ExportFileException refused)
            {
                return (null, new DomainError(DomainErrorKind.Unprocessable, "export-not-verified", refused.Message, "file"));
            }
        }
        var header = verified.Header;
        if (await JournalCut.TakeAsync(store, JournalStreams.Crisis(header.CrisisId), cancellationToken) is not null)
        {
            return (null, DomainError.Conflict("crisis-exists", $"Crisis {header.CrisisId} is in this installation already; it is not imported twice."));
        }
        var (from, error) = await AccommodationFromAsync(header, accommodation, verified, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }
        await using (var file = openFile())
        {
            await StoreAsync(file, header.CrisisId, from, cancellationToken);
        }
        return (new ImportResult(header.CrisisId, header.Name, [.. header.Journals]), null);
    }

    /// <summary>From which version on the file's accommodation entries are to be stored.</summary>
    private async Task<(long From, DomainError? Error)> AccommodationFromAsync(
        ExportHeader header, JournalCut? here, VerifiedExport verified, CancellationToken cancellationToken)
    {
        var inFile = header.Journals.FirstOrDefault(j => j.Journal == JournalStreams.Accommodation.Value);
        if (here is null || inFile is null)
        {
            return (here?.Length ?? 0, null);
        }
        var same = here.Length <= inFile.Length
            ? verified.HashesAt.GetValueOrDefault(here.Journal.Value) == here.Head.Hash
            : await HashHereAtAsync(inFile.Length - 1, cancellationToken) == JournalAnchor.TryParse(inFile.Anchor)!.Head;
        return same
            ? (here.Length, null)
            : (0, DomainError.Conflict("accommodation-journal-differs",
                "This installation's accommodation journal is another history than the file's; a crisis is imported into a fresh installation or one holding the same district's journal."));
    }

    private async Task<string?> HashHereAtAsync(long version, CancellationToken cancellationToken)
    {
        var links = await store.ReadStreamAsync(JournalStreams.ChainOf(JournalStreams.Accommodation), version, cancellationToken);
        return links.Count > 0 ? JournalLink.From(links[0])?.Hash : null;
    }

    private async Task StoreAsync(Stream file, Guid crisisId, long accommodationFrom, CancellationToken cancellationToken)
    {
        var rows = new List<ExportEntry>(RowsPerAppend);
        var notes = new List<EventData>();
        await foreach (var line in ExportFile.LinesAsync(file, cancellationToken))
        {
            if (line.Kind == ExportNote.NoteKind)
            {
                notes.Add(ExportNote.Read(line).ToEventData(crisisId));
                continue;
            }
            if (line.Kind != CrisisExportFormat.EntryKind)
            {
                continue;
            }
            var entry = ExportFile.ReadEntry(line);
            if (entry.Journal == JournalStreams.Accommodation.Value && entry.Version < accommodationFrom)
            {
                continue;
            }
            rows.Add(entry);
            if (rows.Count == RowsPerAppend)
            {
                await AppendAsync(rows, cancellationToken);
                rows.Clear();
            }
        }
        if (rows.Count > 0)
        {
            await AppendAsync(rows, cancellationToken);
        }
        if (notes.Count > 0)
        {
            await store.AppendAsync(StreamName.For(CrisisLessons.Category, crisisId), ExpectedVersion.NoStream, notes, cancellationToken);
        }
    }

    /// <summary>The rows with their links, per journal in one transaction, at exactly the places they had.</summary>
    private Task<IReadOnlyList<AppendResult>> AppendAsync(List<ExportEntry> rows, CancellationToken cancellationToken) =>
        store.AppendAsync([.. rows.GroupBy(r => r.Journal, StringComparer.Ordinal).SelectMany(journal =>
        {
            var stream = new StreamName(journal.Key);
            var after = ExpectedVersion.After(journal.First().Version - 1);
            return new[]
            {
                new StreamAppend(stream, after, [.. journal.Select(r => r.ToEventData())]),
                new StreamAppend(JournalStreams.ChainOf(stream), after, [.. journal.Select(r => new JournalLink(r.Version, r.EventId, r.Hash!).ToEventData(r.Metadata))]),
            };
        })], cancellationToken);
}

/// <summary>What was imported: the crisis and each journal with its length and anchor (as the file's header).</summary>
public sealed record ImportResult(Guid CrisisId, string? Name, IReadOnlyList<ExportedJournal> Journals);
