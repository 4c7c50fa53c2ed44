using Krisenstab.Contracts;

namespace Krisenstab.EventStore.Tests.Conformance;

[EventName("test.tallied.v1")]
public sealed record Tallied(int Number);

/// <summary>A tiny aggregate whose state tells exactly which events were folded: how many, and their sum.</summary>
public sealed record Tally(int Count, long Sum)
{
    public static Tally Initial { get; } = new(0, 0);

    public static EventSerializer Serializer { get; } = new(EventTypeMap.FromTypes(typeof(Tallied)));

    public static Tally Apply(Tally state, object @event) =>
        @event is Tallied t ? new Tally(state.Count + 1, state.Sum + t.Number) : state;

    public static EventMetadata Metadata => new() { OccurredAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), ActorId = "tester" };
}
