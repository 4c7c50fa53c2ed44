using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Testing;

namespace Krisenstab.Accommodation.Tests.Domain;

/// <summary>Given events / when a decision / then events or a refusal — pure, no I/O.</summary>
public static class Spec
{
    public static readonly DateTimeOffset Now = new(2022, 3, 14, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly Guid FacilityId = Guid.Parse("0193a5b0-0000-7000-8000-000000000001");
    public static readonly Guid OtherFacilityId = Guid.Parse("0193a5b0-0000-7000-8000-000000000002");
    public const string Name = "Turnhalle Ost";
    public const string Town = "Flensburg";

    /// <summary>Figures as events carry them; given events are folded without looking at them.</summary>
    public static FacilityOccupancy Figures(int capacity, int occupied = 0, int blocked = 0, int reserved = 0, bool closed = false) =>
        new(Name, Town, capacity, occupied, blocked, reserved, closed);

    public static Facility Given(params object[] events) => events.Aggregate(Facility.None, (state, e) => state.Apply(e));

    public static FacilityRegistered Registered(int capacity, params FacilityFeature[] features) =>
        new(FacilityId, Name, FacilityKind.EmergencyShelter, Town, "Am Sportplatz 1", FacilityOperator.Municipal, capacity, features, Now.AddDays(-1), Figures(capacity));

    public static HouseholdPlaced Placed(string householdRef, int size) =>
        new(FacilityId, householdRef, size, [], ["uk"], null, 0, null, Figures(0));

    public static Household Household(string householdRef, int size, params HouseholdNeed[] needs) => new(householdRef, size, [.. needs], ["uk"]);

    public static void ThenEvents(Decision decision, params object[] expected) => DecisionAssertions.ThenEvents(decision, expected);

    public static DomainError ThenRefused(Decision decision, DomainErrorKind kind, string code) => DecisionAssertions.ThenRefused(decision, kind, code);

    public static void ThenInvalid(Decision decision, string field) => DecisionAssertions.ThenInvalid(decision, field);
}
