using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Board;

/// <summary>
/// The district's accommodation at a glance, folded from the accommodation journal: every facility's figures, the sums
/// per town and for the district. Each accommodation event carries its facility's figures after the change, so a fold
/// step replaces the facility's row. The bus does not promise order, so an entry that happened before the row's last
/// change is older news and leaves the row alone.
/// </summary>
public sealed record AccommodationBoard(IReadOnlyList<FacilityFigures> Facilities, DateTimeOffset? LastChange)
{
    public static AccommodationBoard Empty { get; } = new([], null);

    /// <summary>Per town, in town order.</summary>
    public IReadOnlyList<TownFigures> Towns =>
        [.. Facilities.GroupBy(f => f.Town, StringComparer.Ordinal).Select(town => TownFigures.Of(town.Key, [.. town]))];

    public PlaceTotals District => PlaceTotals.Of([.. Facilities]);

    public FacilityFigures? Facility(Guid facilityId) => Facilities.FirstOrDefault(f => f.FacilityId == facilityId);

    public TownFigures Town(string town) => TownFigures.Of(town, [.. Facilities.Where(f => f.Town == town)]);

    public static AccommodationBoard Apply(AccommodationBoard board, JournalEntry entry) => Change(board, entry).Board;

    /// <summary>The board after the entry and the facility row it changed; the same board and null when it changes nothing.</summary>
    public static (AccommodationBoard Board, FacilityFigures? Changed) Change(AccommodationBoard board, JournalEntry entry)
    {
        if (entry.Event is not IFacilityEvent changed
            || board.Facility(changed.FacilityId) is { } known && known.LastChange > entry.Metadata.OccurredAt)
        {
            return (board, null);
        }
        var figures = Figures(changed, entry);
        var facilities = board.Facilities.Where(f => f.FacilityId != changed.FacilityId).Append(figures)
            .OrderBy(f => f.Town, StringComparer.Ordinal)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.FacilityId);
        var lastChange = board.LastChange is { } last && last > figures.LastChange ? last : figures.LastChange;
        return (new([.. facilities], lastChange), figures);
    }

    public static AccommodationBoard Fold(IEnumerable<JournalEntry> journal) => journal.Aggregate(Empty, Apply);

    private static FacilityFigures Figures(IFacilityEvent changed, JournalEntry entry)
    {
        var o = changed.Occupancy;
        return new(changed.FacilityId, o.Name, o.Town, o.Capacity, o.Occupied, o.Blocked, o.Reserved, o.Free, o.Closed, entry.Metadata.OccurredAt, entry.EventType);
    }
}
