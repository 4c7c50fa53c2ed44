namespace Krisenstab.Contracts.Logbook;

/// <summary>
/// The log keeper wrote an entry into the crisis's staff log (Einsatztagebuch): number <see cref="Number"/> of the
/// log, what happened at <see cref="OccurredAt"/> (as the keeper says), written at <see cref="WrittenAt"/>, in the
/// keeper's <see cref="Function"/>, concerning <see cref="Unit"/>. The author is the event's actor.
/// </summary>
[EventName("logbook.staff-log-entry-written.v1")]
public sealed record StaffLogEntryWritten(
    Guid CrisisId,
    Guid EntryId,
    int Number,
    StaffLogCategory Category,
    string Unit,
    string Function,
    string Text,
    DateTimeOffset OccurredAt,
    DateTimeOffset WrittenAt) : ILogbookEvent;
