using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Accommodation.Reservations;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults.Domain;
using static Krisenstab.Accommodation.Tests.Domain.Spec;

namespace Krisenstab.Accommodation.Tests.Domain;

/// <summary>Thousands of seeded random commands: no accepted decision ever breaks used + blocked + reserved ≤ capacity.</summary>
public class InvariantTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void No_sequence_of_commands_overbooks_a_facility(int seed)
    {
        var random = new Random(seed);
        var state = Given(Registered(20));
        var now = Now;
        var accepted = 0;
        for (var step = 0; step < 2_000; step++)
        {
            now = now.AddMinutes(random.Next(0, 30));
            var decision = RandomCommand(random, state, now);
            foreach (var e in decision.Events.Cast<IFacilityEvent>())
            {
                state = state.Apply(e);
                Assert.Equal(state.Occupancy, e.Occupancy);
                Assert.True(state.Occupied + state.Blocked + state.Reserved <= state.Capacity, $"overbooked after {e}");
                accepted++;
            }
        }
        Assert.True(accepted > 500, $"only {accepted} events were accepted; the test exercised too little");
    }

    private static Decision RandomCommand(Random random, Facility state, DateTimeOffset now)
    {
        var someHousehold = state.Households.Keys.OrderBy(_ => random.Next()).FirstOrDefault() ?? "none";
        var someReservation = state.Reservations.Keys.OrderBy(_ => random.Next()).FirstOrDefault();
        var someBlock = state.Blocks.Keys.OrderBy(_ => random.Next()).FirstOrDefault();
        return random.Next(9) switch
        {
            0 or 1 => PlacementCommands.Place(state, new PlaceHousehold(Household($"H-{random.Next(1000)}", random.Next(1, 7))), now),
            2 => PlacementCommands.Place(state, new PlaceHousehold(Household($"H-{random.Next(1000)}", random.Next(1, 7)), someReservation), now),
            3 => PlacementCommands.MoveOut(state, new MoveOut(someHousehold, MoveOutReason.PrivateHousing)),
            4 => ReservationCommands.Reserve(state, new ReservePlaces(Guid.NewGuid(), random.Next(1, 8), now.AddHours(random.Next(1, 5)), null), now),
            5 => FacilityCommands.ChangeCapacity(state, new ChangeCapacity(random.Next(0, 30))),
            6 => FacilityCommands.Block(state, new BlockPlaces(Guid.NewGuid(), random.Next(1, 4), BlockReason.Repair, null)),
            7 => FacilityCommands.Unblock(state, new UnblockPlaces(someBlock)),
            _ => ReservationCommands.Expire(state, now),
        };
    }
}
