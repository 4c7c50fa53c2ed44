namespace Krisenstab.Simulator.Scenario.Commands;

/// <summary>A count in a sector report.</summary>
public sealed record Figure(string Name, long Count);

/// <summary>A department's sector report with its traffic light and figures.</summary>
public sealed record FileSectorReport(TimeSpan At, string Sector, string Function, string Department, string Status, IReadOnlyList<Figure> Figures, string Text)
    : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new
        {
            sector = Sector,
            function = Function,
            department = Department,
            asOf = run.Instant(At),
            status = Status,
            figures = Figures.Select(f => new { name = f.Name, kind = "count", count = f.Count }),
            text = Text,
        };
        return run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/reports", body, cancellationToken);
    }
}

/// <summary>The Lagemeldung: drafted from the latest sector reports, its blocks written by the operator.</summary>
public sealed record DraftSituationReport(TimeSpan At, string Key, string Overview, string OwnSituation, string Forecast) : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var path = $"/api/situation/crises/{run.CrisisId}/consolidated-reports";
        var drafted = await run.CreateAsync(Key, path, null, cancellationToken);
        if (drafted.Succeeded)
        {
            await run.SendAsync(Actor.Operator, HttpMethod.Put, $"{path}/{drafted.Id()}",
                new { overview = Overview, ownSituation = OwnSituation, forecast = Forecast }, cancellationToken);
        }
    }
}

/// <summary>The second client (head of staff) releases the Lagemeldung; the drafter may not (four eyes).</summary>
public sealed record ReleaseSituationReport(TimeSpan At, string Key) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Approver, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/consolidated-reports/{run[Key]}/release", null, cancellationToken);
}

public sealed record SendSituationReport(TimeSpan At, string Key, string Recipient) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/consolidated-reports/{run[Key]}/send", new { recipient = Recipient }, cancellationToken);
}

/// <summary>An incident in a facility (Vorkommnis); its text is confidential and erasable.</summary>
public sealed record ReportIncident(TimeSpan At, string Key, string FacilityKey, string Category, string Severity, TimeSpan OccurredAt, string Text) : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new { facilityId = run[FacilityKey], category = Category, severity = Severity, occurredAt = run.Instant(OccurredAt), text = Text };
        await run.CreateAsync(Key, $"/api/situation/crises/{run.CrisisId}/incidents", body, cancellationToken);
    }
}

public sealed record CloseIncident(TimeSpan At, string Key) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/incidents/{run[Key]}/close", null, cancellationToken);
}
