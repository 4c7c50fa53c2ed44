namespace Krisenstab.Simulator.Scenario.Commands;

/// <summary>An allocation from the state's initial reception (Zuweisung): people expected on a day.</summary>
public sealed record AnnounceAllocation(TimeSpan At, string Key, TimeSpan ExpectedAt, int People, int Households, string Origin, IReadOnlyList<string> Languages)
    : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new { expectedOn = Day(run, ExpectedAt), people = People, households = Households, origin = Origin, languages = Languages };
        await run.CreateAsync(Key, $"/api/situation/crises/{run.CrisisId}/announcements", body, cancellationToken);
    }

    internal static DateOnly Day(IRunContext run, TimeSpan offset) => DateOnly.FromDateTime(run.Instant(offset).UtcDateTime);
}

/// <summary>The state changes an announced allocation (the figures were not reliable).</summary>
public sealed record ChangeAllocation(TimeSpan At, string Key, TimeSpan ExpectedAt, int People, int Households, string Origin, IReadOnlyList<string> Languages, string Reason)
    : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new { expectedOn = AnnounceAllocation.Day(run, ExpectedAt), people = People, households = Households, origin = Origin, languages = Languages, reason = Reason };
        return run.SendAsync(Actor.Operator, HttpMethod.Put, $"/api/situation/crises/{run.CrisisId}/announcements/{run[Key]}", body, cancellationToken);
    }
}

/// <summary>People of an announcement arrived — all, part, more, fewer, or late.</summary>
public sealed record RecordArrival(TimeSpan At, string AnnouncementKey, int People, int Households, TimeSpan ArrivedAt) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/announcements/{run[AnnouncementKey]}/arrivals",
            new { people = People, households = Households, arrivedAt = run.Instant(ArrivedAt) }, cancellationToken);
}
