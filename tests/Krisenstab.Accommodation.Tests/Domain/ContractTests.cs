using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Tests.Domain;

public class ContractTests
{
    private static readonly Type[] AccommodationEvents =
        [.. EventTypeMap.Public.Types.Where(t => t.Namespace == typeof(HouseholdPlaced).Namespace)];

    [Fact]
    public void Every_accommodation_event_has_a_versioned_accommodation_wire_name_and_carries_the_figures()
    {
        Assert.Equal(13, AccommodationEvents.Length);
        Assert.All(AccommodationEvents, t =>
        {
            Assert.Matches(@"^accommodation\.[a-z-]+\.v\d+$", EventTypeMap.Public.NameOf(t));
            Assert.True(typeof(IFacilityEvent).IsAssignableFrom(t), $"{t.Name} does not carry the facility's figures");
        });
    }

    [Fact]
    public void A_placement_reads_back_from_its_wire_form_with_free_places_and_kebab_case_needs()
    {
        var placed = new HouseholdPlaced(Guid.NewGuid(), "A-1", 2, [HouseholdNeed.FamilyWithChildren], ["uk", "ru"], null, 0, null,
            new FacilityOccupancy("Turnhalle Ost", "Flensburg", 10, 2, 1, 3, false));

        var json = JsonSerializer.Serialize(placed, ContractJson.Options);
        var back = JsonSerializer.Deserialize<HouseholdPlaced>(json, ContractJson.Options)!;

        Assert.Contains("\"needs\":[\"family-with-children\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"free\":4", json, StringComparison.Ordinal);
        Assert.Equal(placed.Occupancy, back.Occupancy);
        Assert.Equal(placed.Languages, back.Languages);
    }
}
