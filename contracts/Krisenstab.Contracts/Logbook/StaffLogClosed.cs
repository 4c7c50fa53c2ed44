namespace Krisenstab.Contracts.Logbook;

/// <summary>The keeper closed the staff log at the crisis's end (entry <see cref="Number"/>); nothing more is written into it.</summary>
[EventName("logbook.staff-log-closed.v1")]
public sealed record StaffLogClosed(Guid CrisisId, int Number, string Keeper, string Function, int Entries, DateTimeOffset ClosedAt) : ILogbookEvent;
