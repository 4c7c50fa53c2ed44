using System.Collections.Concurrent;

namespace Krisenstab.Simulator.Running;

/// <summary>What a run did: requests per answer class, and the first refusals with their problem details.</summary>
public sealed class RunSummary
{
    public const int RefusalsKept = 20;
    private readonly ConcurrentQueue<string> _refusals = new();
    private int _commands, _requests, _refused, _failed, _skipped;

    public Guid CrisisId { get; set; }
    public int Commands => _commands;
    public int Requests => _requests;

    /// <summary>Answered 4xx: the service refused (a facility full after all, a member booked, a closed crisis).</summary>
    public int Refused => _refused;

    /// <summary>Answered 5xx after every retry.</summary>
    public int Failed => _failed;

    /// <summary>Not sent, because a step they build on was refused.</summary>
    public int Skipped => _skipped;

    public IReadOnlyCollection<string> Refusals => _refusals;

    public void CommandDone() => Interlocked.Increment(ref _commands);

    public void Skip() => Interlocked.Increment(ref _skipped);

    public void Answered(string kind, string method, string path, int status, string? problem)
    {
        Interlocked.Increment(ref _requests);
        if (status < 400)
        {
            return;
        }
        Interlocked.Increment(ref status >= 500 ? ref _failed : ref _refused);
        if (_refusals.Count < RefusalsKept)
        {
            _refusals.Enqueue($"{kind}: {method} {path} → {status} {problem}");
        }
    }
}
