namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// The crisis export (NDJSON, one JSON object a line, UTF-8): a <see cref="ExportHeader"/> line first, then every
/// entry of the exported journals as an <c>entry</c> line in the source's store order, then the lessons-learned notes
/// as <c>note</c> lines (<see cref="ExportNote"/>). Described in the dashboard's README ("Export and import").
/// </summary>
public static class CrisisExportFormat
{
    public const string Name = "krisenstab-crisis-export";
    public const int Version = 1;
    public const string MediaType = "application/x-ndjson";

    public const string HeaderKind = "header";
    public const string EntryKind = "entry";
}

/// <summary>The first line: what the file is, which crisis and period, and each journal's length and anchor at the export.</summary>
public sealed record ExportHeader(
    string Kind,
    string Format,
    int FormatVersion,
    Guid CrisisId,
    string? Name,
    string? Region,
    DateTimeOffset? From,
    DateTimeOffset? To,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ExportedJournal> Journals);

/// <summary>A journal in the file: its stream name, the entries exported, and its chain head then (<c>{length}:{hash}</c>).</summary>
public sealed record ExportedJournal(string Journal, long Length, string Anchor);
