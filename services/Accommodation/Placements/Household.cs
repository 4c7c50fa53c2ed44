using System.Collections.Immutable;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// A household as the work needs it — a case reference, how many people, what they need, which languages
/// they speak. Deliberately no names or contacts: the event log is append-only.
/// </summary>
public sealed record Household(string Ref, int Size, ImmutableArray<HouseholdNeed> Needs, ImmutableArray<string> Languages)
{
    public bool Has(HouseholdNeed need) => Needs.Contains(need);
}
