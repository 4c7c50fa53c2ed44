using System.Collections.Immutable;
using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Staffing.Deployments;

/// <summary>One member of a department away on one request.</summary>
public sealed record AwaySpell(Guid MemberId, Guid RequestId, DeploymentPeriod Period);

/// <summary>
/// A home department as its ledger stream (<c>department-{name}</c>) tells it: its pool members and who of them is
/// away when. Every assignment of its staff writes it, so its share cap is checked by this stream's version.
/// </summary>
public sealed record Department(ImmutableList<Guid> Members, ImmutableList<AwaySpell> Away)
{
    public const string Category = "department";

    public static Department None { get; } = new([], []);

    /// <summary>The stream id of a department's name: case does not make another department.</summary>
    public static string KeyOf(string name) => name.Trim().ToLowerInvariant();

    /// <summary>How many may be away at once: the share of its pool members, rounded down.</summary>
    public int Cap(decimal share) => (int)Math.Floor(Members.Count * share);

    /// <summary>The most members away at the same time on any day of <paramref name="period"/>.</summary>
    public int PeakAway(DeploymentPeriod period) => PeakOf(Away.Select(a => a.Period), period);

    /// <summary>The peak of overlapping periods within <paramref name="period"/>: reached on a day where one of them (or the period) starts.</summary>
    public static int PeakOf(IEnumerable<DeploymentPeriod> periods, DeploymentPeriod period)
    {
        var overlapping = periods.Where(p => p.Overlaps(period)).ToList();
        return overlapping
            .Select(p => p.From > period.From ? p.From : period.From)
            .Distinct()
            .Select(day => overlapping.Count(p => p.Covers(day)))
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>The load a reader of the public events sees: pool members, cap and every away period, no one named.</summary>
    public DepartmentLoad LoadOf(string name, decimal share) => new(name, Members.Count, Cap(share), [.. Away.Select(a => a.Period)]);

    public Department Apply(object @event) => @event switch
    {
        DepartmentMemberJoined e when !Members.Contains(e.MemberId) => this with { Members = Members.Add(e.MemberId) },
        DepartmentMemberAway e => this with { Away = Away.Add(new AwaySpell(e.MemberId, e.RequestId, e.Period)) },
        DepartmentMemberBack e => this with { Away = Away.RemoveAll(a => a.MemberId == e.MemberId && a.RequestId == e.RequestId) },
        _ => this,
    };
}
