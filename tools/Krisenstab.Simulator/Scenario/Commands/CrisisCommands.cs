namespace Krisenstab.Simulator.Scenario.Commands;

public sealed record OpenCrisis(TimeSpan At, string Name, string Region) : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var answer = await run.SendAsync(Actor.Operator, HttpMethod.Post, "/api/situation/crises", new { name = Name, region = Region }, cancellationToken);
        if (answer.Succeeded)
        {
            run.CrisisId = answer.Id();
        }
    }
}

public sealed record EscalateCrisis(TimeSpan At, int Level, string Reason) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/escalate", new { level = Level, reason = Reason }, cancellationToken);
}

public sealed record CloseCrisis(TimeSpan At, string Reason) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/close", new { reason = Reason }, cancellationToken);
}
