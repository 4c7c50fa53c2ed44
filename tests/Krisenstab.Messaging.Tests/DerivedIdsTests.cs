namespace Krisenstab.Messaging.Tests;

public class DerivedIdsTests
{
    [Fact]
    public void The_same_message_and_purpose_always_give_the_same_id()
    {
        var messageId = Guid.CreateVersion7();

        Assert.Equal(DerivedIds.From(messageId, "journal-entry"), DerivedIds.From(messageId, "journal-entry"));
    }

    [Fact]
    public void Another_purpose_or_message_gives_another_id()
    {
        var messageId = Guid.CreateVersion7();

        Assert.NotEqual(DerivedIds.From(messageId, "journal-entry"), DerivedIds.From(messageId, "picture-update"));
        Assert.NotEqual(DerivedIds.From(messageId, "journal-entry"), DerivedIds.From(Guid.CreateVersion7(), "journal-entry"));
    }

    [Fact]
    public void A_derived_id_is_a_uuid_v7_with_the_timestamp_of_the_message_id()
    {
        var messageId = Guid.CreateVersion7(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

        var derived = DerivedIds.From(messageId, "journal-entry");

        Assert.Equal(7, derived.Version);
        Assert.Equal(0b10, derived.Variant >> 2);
        Assert.Equal(messageId.ToString()[..13], derived.ToString()[..13]);
    }
}
