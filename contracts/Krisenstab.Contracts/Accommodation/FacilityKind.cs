namespace Krisenstab.Contracts.Accommodation;

/// <summary>What sort of place a facility is. On the wire in kebab case: <c>shared-shelter</c>, <c>emergency-shelter</c>, …</summary>
public enum FacilityKind
{
    /// <summary>Gemeinschaftsunterkunft.</summary>
    SharedShelter,
    /// <summary>Notunterkunft, e.g. a gym or a hall.</summary>
    EmergencyShelter,
    Flat,
    Hotel,
    Other,
}
