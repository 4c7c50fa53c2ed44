using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>Households by size only: the feed is read by every role, press included, so no case reference appears.</summary>
internal static class HouseholdSentences
{
    public static Sentence Placed(HouseholdPlaced e)
    {
        var household = Household(e.Size);
        var how = e.TransferredFromFacilityId is not null ? new Sentence("durch Verlegung aufgenommen", "taken in by transfer")
            : e.PlacesFromReservation > 0 ? new Sentence("aus Reservierung untergebracht", "placed from a reservation")
            : new Sentence("untergebracht", "placed");
        return Words.AtFacility(e.Occupancy, new($"{household.De} {how.De}", $"{household.En} {how.En}"));
    }

    public static Sentence MovedOut(HouseholdMovedOut e)
    {
        var household = Household(e.Size);
        var reason = Reason(e.Reason);
        return Words.AtFacility(e.Occupancy, new($"{household.De} ausgezogen ({reason.De})", $"{household.En} moved out ({reason.En})"));
    }

    public static Sentence TransferredOut(HouseholdTransferredOut e)
    {
        var household = Household(e.Size);
        return Words.AtFacility(e.Occupancy, new($"{household.De} verlegt", $"{household.En} transferred out"));
    }

    /// <summary>"Haushalt (4 Personen)" / "household (4 people)".</summary>
    private static Sentence Household(int size)
    {
        var people = Words.People(size);
        return new($"Haushalt ({people.De})", $"household ({people.En})");
    }

    private static Sentence Reason(MoveOutReason reason) => reason switch
    {
        MoveOutReason.PrivateHousing => new("in eine Privatwohnung", "to private housing"),
        MoveOutReason.OtherMunicipality => new("in eine andere Kommune", "to another municipality"),
        MoveOutReason.LeftWithoutNotice => new("ohne Abmeldung", "without notice"),
        _ => new("sonstiger Grund", "other reason"),
    };
}
