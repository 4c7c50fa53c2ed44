using Krisenstab.Contracts.Logbook;

namespace Krisenstab.Logbook.StaffLog;

/// <summary>Take the log over from <paramref name="PreviousKeeper"/> (the keeper as the caller saw it; none for the first), in <paramref name="Function"/>.</summary>
public sealed record TakeOverRequest(string? PreviousKeeper, string? Function);

/// <summary>A manual entry; <paramref name="OccurredAt"/> defaults to the time of writing.</summary>
public sealed record WriteEntryRequest(StaffLogCategory? Category, string? Unit, string? Text, DateTimeOffset? OccurredAt);

/// <summary>The corrected entry; unit and time default to the superseded entry's.</summary>
public sealed record CorrectEntryRequest(string? Unit, string? Text, DateTimeOffset? OccurredAt);

/// <summary>The entry just written, by its number in the log.</summary>
public sealed record EntryCreated(Guid Id, int Number);

/// <summary>The staff log as the logbook keeps it: the keeper, whether closed and countersigned, and every entry.</summary>
public sealed record StaffLogView(
    Guid CrisisId,
    string? Keeper,
    string KeeperFunction,
    string? ClosedBy,
    DateTimeOffset? ClosedAt,
    string? CountersignedBy,
    DateTimeOffset? CountersignedAt,
    IReadOnlyList<StaffLogLine> Entries)
{
    public static StaffLogView Of(Guid crisisId, StaffLogState log) =>
        new(crisisId, log.Keeper, log.KeeperFunction, log.ClosedBy, log.ClosedAt, log.CountersignedBy, log.CountersignedAt, log.Lines);
}
