using Krisenstab.Contracts;

namespace Krisenstab.EventStore.Tests.Conformance;

public static class TestEvents
{
    public const string Type = "test.thing-happened.v1";

    public static EventData New(int number = 0, Guid? id = null) =>
        new(id ?? Guid.CreateVersion7(), Type, $$"""{"number":{{number}}}""",
            new EventMetadata { OccurredAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), ActorId = "tester" });

    public static EventData[] Many(int count) => Enumerable.Range(0, count).Select(i => New(i)).ToArray();

    public static StreamName NewStream(string category = "thing") => StreamName.For(category, Guid.NewGuid());
}
