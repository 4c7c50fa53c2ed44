using Krisenstab.Accommodation.Queries;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Tests.Queries;

public class OccupancyTimelineTests
{
    private static readonly DateTimeOffset T0 = new(2022, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Hall = Guid.NewGuid();
    private static readonly Guid Flat = Guid.NewGuid();

    private static OccupancyChange Change(int hour, Guid facility, string town, int capacity, int occupied) =>
        new(T0.AddHours(hour), facility, new FacilityOccupancy("F", town, capacity, occupied, 0, 0, false));

    private static readonly OccupancyChange[] History =
    [
        Change(0, Hall, "Osnabrück", 80, 0),
        Change(1, Flat, "Bramsche", 6, 0),
        Change(2, Hall, "Osnabrück", 80, 30),
        Change(3, Flat, "Bramsche", 6, 6),
    ];

    [Fact]
    public void The_district_line_sums_every_facility_s_latest_figures()
    {
        var points = OccupancyTimeline.Build(History, new OccupancyFilter(null, null, null, null));

        Assert.Equal([0, 0, 30, 36], points.Select(p => p.Occupied));
        Assert.Equal([80, 86, 56, 50], points.Select(p => p.Free));
    }

    [Fact]
    public void A_town_and_a_time_window_narrow_the_line_without_forgetting_earlier_figures()
    {
        var town = OccupancyTimeline.Build(History, new OccupancyFilter(null, "bramsche", null, null));
        var window = OccupancyTimeline.Build(History, new OccupancyFilter(null, null, T0.AddHours(2), T0.AddHours(3)));

        Assert.Equal([0, 6], town.Select(p => p.Occupied));
        Assert.Equal([(2, 30), (2, 36)], window.Select(p => (p.Facilities, p.Occupied)));
    }
}
