using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Dashboard.Feed.Sentences;

internal static class KindNames
{
    public static Sentence Of(FacilityKind kind) => kind switch
    {
        FacilityKind.SharedShelter => new("Gemeinschaftsunterkunft", "shared shelter"),
        FacilityKind.EmergencyShelter => new("Notunterkunft", "emergency shelter"),
        FacilityKind.Flat => new("Wohnung", "flat"),
        FacilityKind.Hotel => new("Hotel", "hotel"),
        _ => new("Unterkunft", "facility"),
    };
}
