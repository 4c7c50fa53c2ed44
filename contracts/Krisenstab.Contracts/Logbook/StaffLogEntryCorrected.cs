namespace Krisenstab.Contracts.Logbook;

/// <summary>
/// A correction: a new entry (number <see cref="Number"/>) that supersedes entry <see cref="SupersededNumber"/>. The
/// superseded entry stays in the log as it was; both are shown.
/// </summary>
[EventName("logbook.staff-log-entry-corrected.v1")]
public sealed record StaffLogEntryCorrected(
    Guid CrisisId,
    Guid EntryId,
    int Number,
    Guid SupersededEntryId,
    int SupersededNumber,
    string Unit,
    string Function,
    string Text,
    DateTimeOffset OccurredAt,
    DateTimeOffset WrittenAt) : ILogbookEvent;
