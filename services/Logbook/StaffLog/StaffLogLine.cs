using Krisenstab.Contracts.Logbook;

namespace Krisenstab.Logbook.StaffLog;

/// <summary>
/// One numbered entry of the staff log as the logbook keeps it. <see cref="Author"/> is the keeper who wrote it (only
/// the keeper writes); <see cref="SupersededBy"/> is the number of the correction that supersedes it, if any. Handovers
/// and the closing have no text of their own: the dashboard's staff log says them in words.
/// </summary>
public sealed record StaffLogLine(
    int Number,
    Guid? EntryId,
    StaffLogCategory Category,
    string Unit,
    string Function,
    string Text,
    string? Author,
    DateTimeOffset OccurredAt,
    DateTimeOffset WrittenAt,
    int? Supersedes = null,
    int? SupersededBy = null)
{
    /// <summary>Entries the keeper wrote (or corrected) can be corrected; handovers and the closing cannot.</summary>
    public bool IsCorrectable => EntryId is not null;

    public static StaffLogLine Of(StaffLogEntryWritten e, string? keeper) =>
        new(e.Number, e.EntryId, e.Category, e.Unit, e.Function, e.Text, keeper, e.OccurredAt, e.WrittenAt);

    public static StaffLogLine Of(StaffLogEntryCorrected e, string? keeper) =>
        new(e.Number, e.EntryId, StaffLogCategory.Correction, e.Unit, e.Function, e.Text, keeper, e.OccurredAt, e.WrittenAt, e.SupersededNumber);

    public static StaffLogLine Of(StaffLogKeeperHandedOver e) =>
        new(e.Number, null, StaffLogCategory.Handover, "", e.Function, "", e.Keeper, e.HandedOverAt, e.HandedOverAt);

    public static StaffLogLine Of(StaffLogClosed e) =>
        new(e.Number, null, StaffLogCategory.Closing, "", e.Function, "", e.Keeper, e.ClosedAt, e.ClosedAt);

    public static StaffLogLine Of(StaffLogCountersigned e) =>
        new(e.Number, null, StaffLogCategory.Closing, "", "", "", e.HeadOfStaff, e.CountersignedAt, e.CountersignedAt);
}
