using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// What a pure decision over several aggregates came to: each aggregate's events (in the order the aggregates were
/// given; possibly none for some), or why the command is refused.
/// </summary>
public sealed record JointDecision
{
    private JointDecision(IReadOnlyList<IReadOnlyList<object>> events, DomainError? error)
    {
        Events = events;
        Error = error;
    }

    public IReadOnlyList<IReadOnlyList<object>> Events { get; }
    public DomainError? Error { get; }

    public static JointDecision Accept(params IReadOnlyList<IReadOnlyList<object>> eventsPerAggregate) => new(eventsPerAggregate, null);

    public static JointDecision Refuse(DomainError error) => new([], error);

    /// <summary>A decision on one aggregate.</summary>
    public static JointDecision Of(Decision decision) => decision.Error is { } error ? Refuse(error) : Accept(decision.Events);

    public static implicit operator JointDecision(DomainError error) => Refuse(error);
}
