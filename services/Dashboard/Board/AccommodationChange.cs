namespace Krisenstab.Dashboard.Board;

/// <summary>What <c>accommodationChanged</c> carries: the facility that changed, its town, and the whole board after the change.</summary>
public sealed record AccommodationChange(FacilityFigures Facility, TownFigures Town, AccommodationBoard Board)
{
    public static AccommodationChange Of(AccommodationBoard board, FacilityFigures facility) =>
        new(facility, board.Town(facility.Town), board);
}
