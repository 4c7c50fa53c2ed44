using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Queries;
using Krisenstab.Accommodation.Tests.Support;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Tests.Queries;

public class PlacementSuggestionsTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 20, 8, 0, 0, TimeSpan.Zero);

    private static Facility Facility(string name, string town, int capacity, int occupied, FacilityKind kind = FacilityKind.SharedShelter, params FacilityFeature[] features)
    {
        var id = Guid.NewGuid();
        var state = Krisenstab.Accommodation.Facilities.Facility.None.Apply(new FacilityRegistered(
            id, name, kind, town, "Weg 1", FacilityOperator.Municipal, capacity, features, Now, new FacilityOccupancy(name, town, capacity, 0, 0, 0, false)));
        return occupied == 0 ? state : state.Apply(new HouseholdPlaced(id, "X", occupied, [], [], null, 0, null, state.Occupancy));
    }

    private static TownShares Shares(params Facility[] facilities) => new(CaseStudyTowns.Populations, facilities);

    [Fact]
    public void Fair_shares_follow_the_towns_residents()
    {
        var shares = Shares(Facility("A", CaseStudyTowns.City, 200, 100), Facility("B", CaseStudyTowns.County, 200, 60));

        // 160 people × 166,960 / 533,189 = 50.1 for the city; × 366,229 / 533,189 = 109.9 for the county.
        Assert.Equal((50, 109), (shares.FairShareOf(CaseStudyTowns.City), shares.FairShareOf(CaseStudyTowns.County)));
        Assert.Null(shares.FairShareOf("Bramsche"));
    }

    [Fact]
    public void The_town_furthest_below_its_share_comes_first_and_a_town_to_stay_near_before_that()
    {
        var city = Facility("Stadt", CaseStudyTowns.City, 100, 40);
        var county = Facility("Kreis", CaseStudyTowns.County, 100, 10);
        var facilities = new[] { city, county };

        var byShare = PlacementSuggestions.Rank(facilities, new SuggestionRequest(3, [], null, 10), Shares(facilities));
        var near = PlacementSuggestions.Rank(facilities, new SuggestionRequest(3, [], CaseStudyTowns.City, 10), Shares(facilities));

        Assert.Equal(["Kreis", "Stadt"], byShare.Select(s => s.Name));
        Assert.Equal(["Stadt", "Kreis"], near.Select(s => s.Name));
        Assert.True(near[0].InNearTown);
    }

    [Fact]
    public void Only_facilities_that_serve_every_need_and_fit_the_whole_household_are_suggested()
    {
        var gym = Facility("Turnhalle", CaseStudyTowns.City, 100, 0, FacilityKind.EmergencyShelter, FacilityFeature.StepFree);
        var flat = Facility("Wohnung", CaseStudyTowns.City, 5, 0, FacilityKind.Flat, FacilityFeature.StepFree, FacilityFeature.FamilyRooms);
        var small = Facility("Klein", CaseStudyTowns.City, 6, 4, FacilityKind.Flat, FacilityFeature.StepFree);
        var facilities = new[] { gym, flat, small };

        var medical = PlacementSuggestions.Rank(facilities, new SuggestionRequest(2, [HouseholdNeed.Medical, HouseholdNeed.StepFree], null, 10), Shares(facilities));
        var family = PlacementSuggestions.Rank(facilities, new SuggestionRequest(5, [HouseholdNeed.FamilyWithChildren], null, 10), Shares(facilities));

        Assert.Equal(["Klein", "Wohnung"], medical.Select(s => s.Name));
        Assert.Equal(["Wohnung"], family.Select(s => s.Name));
    }
}
