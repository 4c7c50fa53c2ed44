using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Dashboard.Feed.Sentences;

internal static class ReservationSentences
{
    public static Sentence Reserved(PlacesReserved e)
    {
        var places = Words.Places(e.Places);
        var reference = Words.InParentheses(e.Reference);
        return Words.AtFacility(e.Occupancy, new($"{places.De} reserviert{reference}", $"{places.En} reserved{reference}"));
    }

    public static Sentence Expired(ReservationExpired e) => Released(e.Occupancy, e.ReleasedPlaces, new("Reservierung abgelaufen", "reservation expired"));

    public static Sentence Cancelled(ReservationCancelled e) => Released(e.Occupancy, e.ReleasedPlaces, new("Reservierung storniert", "reservation cancelled"));

    private static Sentence Released(FacilityOccupancy occupancy, int releasedPlaces, Sentence what)
    {
        var places = Words.Places(releasedPlaces);
        return Words.AtFacility(occupancy, new($"{what.De}, {places.De} zurück", $"{what.En}, {places.En} released"));
    }
}
