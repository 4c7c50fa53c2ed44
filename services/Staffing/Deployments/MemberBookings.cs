using System.Collections.Immutable;
using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Staffing.Deployments;

/// <summary>
/// When a member is booked, as the member's own ledger stream (<c>booking-{memberId}</c>) tells it. Every assignment and
/// release writes it in the same atomic append as the request, so of two concurrent assignments of one member only one
/// can write it under the version both loaded: a member is never in two overlapping deployments.
/// </summary>
public sealed record MemberBookings(ImmutableDictionary<Guid, DeploymentPeriod> Booked)
{
    public const string Category = "booking";

    public static MemberBookings None { get; } = new(ImmutableDictionary<Guid, DeploymentPeriod>.Empty);

    /// <summary>The request the member is booked for in a period overlapping <paramref name="period"/>, if any.</summary>
    public Guid? Clash(DeploymentPeriod period) =>
        Booked.Where(b => b.Value.Overlaps(period)).Select(b => (Guid?)b.Key).FirstOrDefault();

    public MemberBookings Apply(object @event) => @event switch
    {
        MemberBooked e => new(Booked.SetItem(e.RequestId, e.Period)),
        MemberFreed e => new(Booked.Remove(e.RequestId)),
        _ => this,
    };
}
