using System.Text.Json.Serialization;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Board;

/// <summary>
/// One facility on the accommodation board: its figures after its latest change, when that happened and what it
/// was (the event's wire name); its kind and features from its registration; and when its figures were last
/// confirmed (the latest <see cref="OccupancyConfirmed"/>, else the registration). Kind and confirmation are null
/// only while the registration has not arrived yet (the bus promises no order).
/// </summary>
public sealed record FacilityFigures(
    Guid FacilityId,
    string Name,
    string Town,
    int Capacity,
    int Occupied,
    int Blocked,
    int Reserved,
    int Free,
    bool Closed,
    DateTimeOffset LastChange,
    string LastChangeType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] FacilityKind? Kind,
    IReadOnlyList<FacilityFeature> Features,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? ConfirmedAt)
{
    /// <summary>The row after <paramref name="entry"/>: its figures, and the facts kept from the row before.</summary>
    public static FacilityFigures After(FacilityFigures? before, IFacilityEvent changed, JournalEntry entry)
    {
        var o = changed.Occupancy;
        var row = new FacilityFigures(
            changed.FacilityId, o.Name, o.Town, o.Capacity, o.Occupied, o.Blocked, o.Reserved, o.Free, o.Closed, entry.Metadata.OccurredAt, entry.EventType,
            before?.Kind, before?.Features ?? [], before?.ConfirmedAt);
        return row.WithFactsOf(changed);
    }

    /// <summary>
    /// The facts an event adds whenever it arrives, even as older news: kind and features (registration) and the
    /// latest confirmation.
    /// </summary>
    public FacilityFigures WithFactsOf(IFacilityEvent changed) => changed switch
    {
        FacilityRegistered r => this with { Kind = r.Kind, Features = r.Features, ConfirmedAt = Later(ConfirmedAt, r.RegisteredAt) },
        OccupancyConfirmed c => this with { ConfirmedAt = Later(ConfirmedAt, c.ConfirmedAt) },
        _ => this,
    };

    private static DateTimeOffset Later(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } known && known > candidate ? known : candidate;
}
