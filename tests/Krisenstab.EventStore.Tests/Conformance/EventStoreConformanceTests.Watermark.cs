namespace Krisenstab.EventStore.Tests.Conformance;

public abstract partial class EventStoreConformanceTests
{
    [Fact]
    public async Task The_append_watermark_holds_this_stores_latest_append_when_it_is_answered_and_not_another_replicas()
    {
        var watermark = (IAppendWatermark)Events;
        var replica = OpenStore();
        var before = watermark.LastAppendedPosition;

        var first = await Events.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, TestEvents.Many(2));
        var afterFirst = watermark.LastAppendedPosition;
        var joint = await Events.AppendAsync([
            new StreamAppend(TestEvents.NewStream(), ExpectedVersion.NoStream, [TestEvents.New()]),
            new StreamAppend(TestEvents.NewStream(), ExpectedVersion.NoStream, [TestEvents.New()]),
        ]);
        var afterJoint = watermark.LastAppendedPosition;
        await replica.Events.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, [TestEvents.New()]);

        Assert.Equal(0, before);
        Assert.Equal(first.LastGlobalPosition, afterFirst);
        Assert.Equal(joint[^1].LastGlobalPosition, afterJoint);
        Assert.Equal(afterJoint, watermark.LastAppendedPosition);
    }
}
