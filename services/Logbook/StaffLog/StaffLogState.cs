using System.Collections.Immutable;
using Krisenstab.Contracts.Logbook;

namespace Krisenstab.Logbook.StaffLog;

/// <summary>
/// A crisis's staff log as its stream (<c>stafflog-{crisisId}</c>) tells it: the keeper now, every entry by number
/// (handovers and the closing included), and whether it is closed and countersigned. Immutable; <see cref="Apply"/>
/// folds one event.
/// </summary>
public sealed record StaffLogState
{
    /// <summary>The state before the first event: a log nobody has kept yet.</summary>
    public static StaffLogState None { get; } = new();

    public Guid CrisisId { get; init; }

    /// <summary>The sign-in name of the one who keeps the log now; null before the first handover.</summary>
    public string? Keeper { get; init; }

    public string KeeperFunction { get; init; } = "";

    /// <summary>Every entry in order; the last one's number is <see cref="LastNumber"/>.</summary>
    public ImmutableList<StaffLogLine> Lines { get; init; } = [];

    public string? ClosedBy { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? CountersignedBy { get; init; }

    public DateTimeOffset? CountersignedAt { get; init; }

    public int LastNumber => Lines.Count;

    public int NextNumber => LastNumber + 1;

    public bool IsClosed => ClosedAt is not null;

    public StaffLogLine? Line(int number) => number >= 1 && number <= Lines.Count ? Lines[number - 1] : null;

    public StaffLogState Apply(object @event) => @event switch
    {
        StaffLogKeeperHandedOver e => Add(e.CrisisId, StaffLogLine.Of(e)) with { Keeper = e.Keeper, KeeperFunction = e.Function },
        StaffLogEntryWritten e => Add(e.CrisisId, StaffLogLine.Of(e, Keeper)),
        StaffLogEntryCorrected e => Supersede(e.SupersededNumber, e.Number).Add(e.CrisisId, StaffLogLine.Of(e, Keeper)),
        StaffLogClosed e => Add(e.CrisisId, StaffLogLine.Of(e)) with { ClosedBy = e.Keeper, ClosedAt = e.ClosedAt },
        StaffLogCountersigned e => Add(e.CrisisId, StaffLogLine.Of(e)) with { CountersignedBy = e.HeadOfStaff, CountersignedAt = e.CountersignedAt },
        _ => this,
    };

    private StaffLogState Add(Guid crisisId, StaffLogLine line) => this with { CrisisId = crisisId, Lines = Lines.Add(line) };

    private StaffLogState Supersede(int number, int by) =>
        Line(number) is { } line ? this with { Lines = Lines.SetItem(number - 1, line with { SupersededBy = by }) } : this;
}
