using Krisenstab.Simulator.Scenario;

namespace Krisenstab.Simulator.Running;

/// <summary>The context the commands of one run share: the crisis, the keys of what earlier steps created, the API and the timeline.</summary>
public sealed class ScenarioRun(ApiSession api, Timeline timeline, RunSummary summary) : IRunContext
{
    private readonly Dictionary<string, Guid> _ids = new(StringComparer.Ordinal);
    private TimeSpan _stepAt;
    private DateTimeOffset _stepMoment;

    /// <summary>The command now running (named in the summary's refusals).</summary>
    public string CurrentKind { get; private set; } = "";

    public Guid CrisisId
    {
        get => summary.CrisisId;
        set => summary.CrisisId = value;
    }

    public Guid this[string key] => _ids.TryGetValue(key, out var id) ? id : throw new MissingKeyException(key);

    public void Remember(string key, Guid id) => _ids[key] = id;

    public DateTimeOffset Instant(TimeSpan offset) => timeline.Instant(offset, _stepAt, _stepMoment);

    /// <summary>The step now running: its offset and the installation's time while it is sent.</summary>
    public void Step(string kind, TimeSpan at, DateTimeOffset moment) => (CurrentKind, _stepAt, _stepMoment) = (kind, at, moment);

    public async Task<ApiAnswer> SendAsync(Actor actor, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var answer = await api.SendAsync(actor, method, path, body, cancellationToken);
        summary.Answered(CurrentKind, method.Method, path, answer.Status, answer.Problem);
        return answer;
    }
}
