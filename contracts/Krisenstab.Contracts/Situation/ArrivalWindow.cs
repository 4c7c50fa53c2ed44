namespace Krisenstab.Contracts.Situation;

/// <summary>The hours of the announced day in which the people are expected (local time of the district).</summary>
public sealed record ArrivalWindow(TimeOnly From, TimeOnly Until);
