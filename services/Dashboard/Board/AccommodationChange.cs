using Krisenstab.Dashboard.Feed;

namespace Krisenstab.Dashboard.Board;

/// <summary>
/// What <c>accommodationChanged</c> carries: the facility that changed, its town, the whole board after the change
/// (with its version) and the change's feed line.
/// </summary>
public sealed record AccommodationChange(FacilityFigures Facility, TownFigures Town, AccommodationBoard Board, FeedLine Entry)
{
    public static AccommodationChange Of(AccommodationBoard board, FacilityFigures facility, FeedLine entry) =>
        new(facility, board.Town(facility.Town), board, entry);
}
