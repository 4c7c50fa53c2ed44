using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Pictures;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>
/// The key figures at the end of one hour or day: the district's places, the crisis's people announced, arrived and
/// placed, its open and overdue tasks, staff requested and deployed; and the highest occupancy within the period.
/// </summary>
public sealed record KeyFigureRow(
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    int Capacity,
    int Occupied,
    int Free,
    int Reserved,
    int Blocked,
    double? OccupancyPercent,
    double? PeakOccupancyPercent,
    int Announced,
    int Arrived,
    int Placed,
    int OpenTasks,
    int OverdueTasks,
    int StaffRequested,
    int StaffDeployed)
{
    public static KeyFigureRow Of(DateTimeOffset start, DateTimeOffset end, SituationPicture picture, AccommodationBoard board, double? peak)
    {
        var district = board.District;
        return new(start, end, district.Capacity, district.Occupied, district.Free, district.Reserved, district.Blocked,
            OccupancyOf(board), peak, picture.Situation.Announced, picture.Situation.Arrived, picture.Situation.Placed,
            picture.Tasks.Open, picture.Tasks.Overdue, picture.Staffing.Requested, picture.Staffing.Assigned);
    }

    /// <summary>Occupied places per place of capacity in per cent (one decimal), null while there is no capacity.</summary>
    public static double? OccupancyOf(AccommodationBoard board)
    {
        var district = board.District;
        return district.Capacity == 0 ? null : Math.Round(100.0 * district.Occupied / district.Capacity, 1);
    }
}
