using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// Checks a whole export file before anything of it is stored: the header, and each journal's hash chain re-computed
/// from the lines (<see cref="JournalChain"/>) — every entry in place, its hash as linked, and each journal ending at
/// the header's anchor. The first line that does not hold is named (<see cref="ExportFileException"/>).
/// </summary>
public static class ExportVerifier
{
    /// <summary>
    /// The file's header and its chain's hash at each version asked for in <paramref name="hashesWanted"/> (per journal),
    /// so that an importer can compare the file with what the installation holds.
    /// </summary>
    public static async Task<VerifiedExport> VerifyAsync(Stream file, IReadOnlyDictionary<string, long> hashesWanted, CancellationToken cancellationToken)
    {
        ExportHeader? header = null;
        var chains = new Dictionary<string, (long Next, string Head)>(StringComparer.Ordinal);
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastLine = 0;
        await foreach (var line in ExportFile.LinesAsync(file, cancellationToken))
        {
            lastLine = line.Number;
            if (header is null)
            {
                header = ExportFile.ReadHeader(line);
                chains = CheckJournals(header, line.Number);
                continue;
            }
            if (line.Kind == ExportNote.NoteKind)
            {
                ExportNote.Read(line);
                continue;
            }
            if (line.Kind != CrisisExportFormat.EntryKind)
            {
                throw new ExportFileException(line.Number, $"kind \"{line.Kind}\" is not known here.");
            }
            var entry = ExportFile.ReadEntry(line);
            if (!chains.TryGetValue(entry.Journal, out var chain))
            {
                throw new ExportFileException(line.Number, $"journal {entry.Journal} is not named in the header.");
            }
            if (entry.Version != chain.Next)
            {
                throw new ExportFileException(line.Number, $"{entry.Journal} entry {entry.Version} where entry {chain.Next} belongs: an entry is missing or out of place.");
            }
            var hash = entry.ChainedHash(chain.Head);
            if (entry.Hash != hash)
            {
                throw new ExportFileException(line.Number, $"{entry.Journal} entry {entry.Version} ({entry.EventId}): its hash does not match its link — the entry was changed.");
            }
            chains[entry.Journal] = (entry.Version + 1, hash);
            if (hashesWanted.TryGetValue(entry.Journal, out var version) && version == entry.Version)
            {
                wanted[entry.Journal] = hash;
            }
        }
        if (header is null)
        {
            throw new ExportFileException(1, "the file is empty.");
        }
        foreach (var journal in header.Journals)
        {
            var (next, head) = chains[journal.Journal];
            if (new JournalAnchor(next, head).ToString() != journal.Anchor)
            {
                throw new ExportFileException(lastLine + 1, $"{journal.Journal} ends at {next}:{head}, not at the header's anchor {journal.Anchor}: entries are missing.");
            }
        }
        return new VerifiedExport(header, wanted);
    }

    private static Dictionary<string, (long Next, string Head)> CheckJournals(ExportHeader header, int line)
    {
        var crisisJournal = JournalStreams.Crisis(header.CrisisId).Value;
        if (header.Journals.Count == 0 || header.Journals[0].Journal != crisisJournal)
        {
            throw new ExportFileException(line, $"the header's first journal must be the crisis's ({crisisJournal}).");
        }
        if (header.Journals.Skip(1).Any(j => j.Journal != JournalStreams.Accommodation.Value) || header.Journals.Count > 2)
        {
            throw new ExportFileException(line, $"besides the crisis's journal the header may name only {JournalStreams.Accommodation.Value}.");
        }
        if (header.Journals.Any(j => JournalAnchor.TryParse(j.Anchor) is not { } anchor || anchor.Length != j.Length))
        {
            throw new ExportFileException(line, "each journal's anchor must be {length}:{64 hex digits} with its length.");
        }
        return header.Journals.ToDictionary(j => j.Journal, _ => (0L, JournalChain.Genesis), StringComparer.Ordinal);
    }
}

/// <summary>A file whose chains verify: its header and the hashes at the versions the importer asked for.</summary>
public sealed record VerifiedExport(ExportHeader Header, IReadOnlyDictionary<string, string> HashesAt);
