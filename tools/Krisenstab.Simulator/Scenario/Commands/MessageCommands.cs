namespace Krisenstab.Simulator.Scenario.Commands;

/// <summary>A message's title and text in one language (BCP 47).</summary>
public sealed record Text(string Language, string Title, string Body);

/// <summary>A message drafted and submitted for approval.</summary>
public sealed record DraftMessage(TimeSpan At, string Key, string Audience, IReadOnlyList<Text> Texts) : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new { crisisId = run.CrisisId, audience = Audience, channels = new[] { "feed" }, texts = Texts.Select(t => new { language = t.Language, title = t.Title, text = t.Body }) };
        var drafted = await run.CreateAsync(Key, "/api/communication/messages", body, cancellationToken);
        if (drafted.Succeeded)
        {
            await run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/communication/messages/{drafted.Id()}/submit", null, cancellationToken);
        }
    }
}

/// <summary>The second client approves (four eyes) and publishes.</summary>
public sealed record ApproveAndPublishMessage(TimeSpan At, string Key) : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var message = $"/api/communication/messages/{run[Key]}";
        if ((await run.SendAsync(Actor.Approver, HttpMethod.Post, $"{message}/approve", null, cancellationToken)).Succeeded)
        {
            await run.SendAsync(Actor.Approver, HttpMethod.Post, $"{message}/publish", null, cancellationToken);
        }
    }
}
