using System.Collections.Immutable;
using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Staffing.Deployments;

public enum AssignmentStatus
{
    Assigned,
    Confirmed,
    Released,
}

/// <summary>One member on a request: how far it went, and the hours recorded per day.</summary>
public sealed record Assignment(Guid MemberId, string? HomeDepartment, AssignmentStatus Status, bool SelfClaimed, ImmutableDictionary<DateOnly, decimal> Hours)
{
    public bool IsActive => Status != AssignmentStatus.Released;

    public decimal TotalHours => Hours.Values.Sum();
}

/// <summary>A deployment request as its stream (<c>request-{id}</c>) tells it. <see cref="Fill"/> is derived, never stored.</summary>
public sealed record DeploymentRequest
{
    public const string Category = "request";

    public static DeploymentRequest None { get; } = new();

    public Guid Id { get; init; }
    public string Unit { get; init; } = "";
    public string Place { get; init; } = "";
    public Guid? FacilityId { get; init; }
    public int Needed { get; init; }
    public ImmutableArray<Skill> RequiredSkills { get; init; } = [];
    public ImmutableArray<string> RequiredLanguages { get; init; } = [];
    public DeploymentPeriod Period { get; init; } = new(DateOnly.MinValue, DateOnly.MinValue);
    public bool Interpreting { get; init; }

    /// <summary>The crisis the request was made for, if any: every later event of the request names it in its metadata.</summary>
    public Guid? CrisisId { get; init; }
    public ImmutableDictionary<Guid, Assignment> Assignments { get; init; } = ImmutableDictionary<Guid, Assignment>.Empty;

    public bool Exists => Id != Guid.Empty;

    public RequestFill Fill => new(Needed, Assignments.Values.Count(a => a.IsActive));

    public bool IsFilled => Fill.Assigned >= Needed;

    public DeploymentRequest Apply(object @event) => @event switch
    {
        DeploymentRequested e => this with
        {
            Id = e.RequestId,
            Unit = e.Unit,
            Place = e.Place,
            FacilityId = e.FacilityId,
            Needed = e.Fill.Needed,
            RequiredSkills = [.. e.RequiredSkills],
            RequiredLanguages = [.. e.RequiredLanguages],
            Period = e.Period,
            Interpreting = e.Interpreting,
            CrisisId = e.CrisisId,
        },
        MemberAssigned e => this with
        {
            Assignments = Assignments.SetItem(
                e.MemberId, new Assignment(e.MemberId, e.HomeDepartment, AssignmentStatus.Assigned, e.SelfClaimed, ImmutableDictionary<DateOnly, decimal>.Empty)),
        },
        AssignmentConfirmed e => WithStatus(e.MemberId, AssignmentStatus.Confirmed),
        MemberReleased e => WithStatus(e.MemberId, AssignmentStatus.Released),
        HoursRecorded e when Assignments.TryGetValue(e.MemberId, out var a) => this with
        {
            Assignments = Assignments.SetItem(e.MemberId, a with { Hours = a.Hours.SetItem(e.Day, e.Hours) }),
        },
        _ => this,
    };

    private DeploymentRequest WithStatus(Guid memberId, AssignmentStatus status) =>
        Assignments.TryGetValue(memberId, out var a) ? this with { Assignments = Assignments.SetItem(memberId, a with { Status = status }) } : this;
}
