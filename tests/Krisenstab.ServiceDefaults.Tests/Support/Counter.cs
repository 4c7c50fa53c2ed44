using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.ServiceDefaults.Tests.Support;

[EventName("test.counter-incremented.v1")]
public sealed record Incremented(int By);

/// <summary>The tiny aggregate under test: a count that must not exceed a limit.</summary>
public sealed record Counter(int Count)
{
    public static Counter Initial { get; } = new(0);

    public static EventTypeMap Events { get; } = EventTypeMap.FromTypes(typeof(Incremented));

    public static Counter Apply(Counter state, object @event) => @event switch
    {
        Incremented e => state with { Count = state.Count + e.By },
        _ => state,
    };

    public static Decision Increment(Counter state, int by, int limit) =>
        by <= 0 ? DomainError.Invalid("by", "'by' must be a positive whole number.")
        : state.Count + by > limit ? DomainError.Conflict("limit-reached", $"The count {state.Count} may not exceed {limit}.")
        : Decision.Accept(new Incremented(by));

    /// <summary>A member joins a pool: the pool must have room and the member must not be in it yet.</summary>
    public static JointDecision Join(Counter pool, Counter member, int limit) =>
        member.Count > 0 ? DomainError.Conflict("already-member", "The member has joined already.")
        : pool.Count >= limit ? DomainError.Conflict("pool-full", $"The pool holds at most {limit}.")
        : JointDecision.Accept([new Incremented(1)], [new Incremented(1)]);
}
