namespace Krisenstab.Contracts.Situation;

/// <summary>What an allocation announcement says: the day (and hours), how many people and households, their languages, from where.</summary>
public sealed record AllocationFigures(
    DateOnly ExpectedOn,
    ArrivalWindow? Window,
    int People,
    int? Households,
    IReadOnlyList<string> Languages,
    string Origin);
