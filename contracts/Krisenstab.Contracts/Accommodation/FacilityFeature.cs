namespace Krisenstab.Contracts.Accommodation;

/// <summary>What a facility offers beyond beds; households' needs are matched against these.</summary>
public enum FacilityFeature
{
    StepFree,
    FamilyRooms,
    WomenOnly,
}
