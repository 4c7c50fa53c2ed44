namespace Krisenstab.Contracts.Accommodation;

/// <summary>What a household needs from the place it is given.</summary>
public enum HouseholdNeed
{
    StepFree,
    Medical,
    FamilyWithChildren,
    WomenOnly,
}
