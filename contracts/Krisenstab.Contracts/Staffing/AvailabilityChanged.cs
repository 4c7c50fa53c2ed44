namespace Krisenstab.Contracts.Staffing;

/// <summary>The member's availability windows are now <paramref name="Availability"/> (replacing the earlier ones).</summary>
[EventName("staffing.availability-changed.v1")]
public sealed record AvailabilityChanged(Guid MemberId, IReadOnlyList<AvailabilityWindow> Availability);
