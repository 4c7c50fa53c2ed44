using System.Text.Json.Serialization;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Board;

/// <summary>
/// The district's accommodation at a glance, folded from the accommodation journal: every facility's figures, the sums
/// per town and for the district. Each accommodation event carries its facility's figures after the change, so a fold
/// step replaces the facility's row. The bus does not promise order, so an entry that happened before the row's last
/// change is older news: it leaves the figures alone and adds only its lasting facts (kind, features, confirmation).
/// <see cref="Version"/> counts the entries folded, one by one, so a reader can tell a missed change.
/// </summary>
public sealed record AccommodationBoard(
    IReadOnlyList<FacilityFigures> Facilities,
    DateTimeOffset? LastChange,
    long Version,
    [property: JsonIgnore] DashboardSettings Settings)
{
    public static AccommodationBoard Empty(DashboardSettings settings) => new([], null, 0, settings);

    /// <summary>A facility whose <see cref="FacilityFigures.ConfirmedAt"/> is older than this counts as stale.</summary>
    public long StaleAfterSeconds => (long)Settings.StaleAfter.TotalSeconds;

    /// <summary>Per town, in town order.</summary>
    public IReadOnlyList<TownFigures> Towns
    {
        get
        {
            var shares = Shares();
            return [.. Facilities.GroupBy(f => f.Town, StringComparer.Ordinal).Select(town => TownFigures.Of(town.Key, [.. town], shares))];
        }
    }

    public PlaceTotals District => PlaceTotals.Of([.. Facilities]);

    public FacilityFigures? Facility(Guid facilityId) => Facilities.FirstOrDefault(f => f.FacilityId == facilityId);

    public TownFigures Town(string town) => TownFigures.Of(town, [.. Facilities.Where(f => f.Town == town)], Shares());

    public static AccommodationBoard Apply(AccommodationBoard board, JournalEntry entry) => Change(board, entry).Board;

    /// <summary>
    /// The board after the entry (one version on) and the facility's row after it; the same board and null for an
    /// entry that is not an accommodation event.
    /// </summary>
    public static (AccommodationBoard Board, FacilityFigures? Changed) Change(AccommodationBoard board, JournalEntry entry)
    {
        if (entry.Event is not IFacilityEvent changed)
        {
            return (board, null);
        }
        var known = board.Facility(changed.FacilityId);
        var figures = known is not null && known.LastChange > entry.Metadata.OccurredAt
            ? known.WithFactsOf(changed)
            : FacilityFigures.After(known, changed, entry);
        var facilities = board.Facilities.Where(f => f.FacilityId != changed.FacilityId).Append(figures)
            .OrderBy(f => f.Town, StringComparer.Ordinal)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.FacilityId);
        var lastChange = board.LastChange is { } last && last > figures.LastChange ? last : figures.LastChange;
        return (board with { Facilities = [.. facilities], LastChange = lastChange, Version = board.Version + 1 }, figures);
    }

    public static AccommodationBoard Fold(DashboardSettings settings, IEnumerable<JournalEntry> journal) => journal.Aggregate(Empty(settings), Apply);

    private TownShares Shares() => new(Settings.TownPopulations, Facilities.Sum(f => f.Occupied));
}
