namespace Krisenstab.Contracts.Staffing;

/// <summary>From <paramref name="From"/> to <paramref name="To"/> (both days included) the member can give <paramref name="HoursPerWeek"/> hours a week.</summary>
public sealed record AvailabilityWindow(DateOnly From, DateOnly To, int HoursPerWeek);
