namespace Krisenstab.Simulator.Scenario.Commands;

/// <summary>A language a pool member speaks, with its level (basic, conversational, fluent, native).</summary>
public sealed record Spoken(string Code, string Level);

/// <summary>A member of the staff pool (Personalpool): home department, skills, languages, available over the scenario.</summary>
public sealed record RegisterMember(
    TimeSpan At, string Key, string MemberKind, string? Department, string Name, IReadOnlyList<string> Skills, IReadOnlyList<Spoken> Languages,
    TimeSpan AvailableFrom, TimeSpan AvailableTo, int HoursPerWeek)
    : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new
        {
            kind = MemberKind,
            homeDepartment = Department,
            name = Name,
            skills = Skills,
            languages = Languages.Select(l => new { code = l.Code, level = l.Level }),
            availability = new[] { new { from = AnnounceAllocation.Day(run, AvailableFrom), to = AnnounceAllocation.Day(run, AvailableTo), hoursPerWeek = HoursPerWeek } },
        };
        await run.CreateAsync(Key, "/api/staffing/members", body, cancellationToken);
    }
}

/// <summary>A deployment request: "6 people with Ukrainian for the arrival centre, from Monday".</summary>
public sealed record RequestStaff(
    TimeSpan At, string Key, string Unit, string Place, string? FacilityKey, int Needed, IReadOnlyList<string> Skills, IReadOnlyList<string> Languages,
    TimeSpan From, TimeSpan To, bool Interpreting)
    : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new
        {
            unit = Unit,
            place = Place,
            facilityId = FacilityKey is null ? (Guid?)null : run[FacilityKey],
            needed = Needed,
            requiredSkills = Skills,
            requiredLanguages = Languages,
            from = AnnounceAllocation.Day(run, From),
            to = AnnounceAllocation.Day(run, To),
            interpreting = Interpreting,
            crisisId = run.CrisisId,
        };
        await run.CreateAsync(Key, "/api/staffing/requests", body, cancellationToken);
    }
}

/// <summary>A pool member deployed on a request.</summary>
public sealed record AssignMember(TimeSpan At, string RequestKey, string MemberKey) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/staffing/requests/{run[RequestKey]}/assignments", new { memberId = run[MemberKey] }, cancellationToken);
}
