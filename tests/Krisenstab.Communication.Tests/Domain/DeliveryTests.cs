using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;
using static Krisenstab.Communication.Tests.Domain.Spec;

namespace Krisenstab.Communication.Tests.Domain;

public sealed class DeliveryTests
{
    private static readonly DeliveryTarget Webhook = new(MessageChannel.Webhook, "messenger", null);
    private static readonly DeliveryBackoff Backoff = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5));
    private static readonly string Key = Delivery.KeyOf(1, MessageChannel.Webhook, "messenger");

    [Fact]
    public void A_failed_attempt_is_recorded_with_the_next_attempt_after_a_doubling_backoff_and_shows_failed_until_one_succeeds()
    {
        var state = Given(Drafted(), Submitted(), Approved(), Published(targets: [Webhook]));

        ThenEvents(DeliveryCommands.Record(state, Key, DeliveryOutcome.Failure("HTTP 503"), Backoff, Now),
            new DeliveryFailed(MessageId, 1, MessageChannel.Webhook, "messenger", 1, "HTTP 503", Now, Now.AddSeconds(30)));
        var failedTwice = state
            .Apply(new DeliveryFailed(MessageId, 1, MessageChannel.Webhook, "messenger", 1, "HTTP 503", Now, Now.AddSeconds(30)))
            .Apply(new DeliveryFailed(MessageId, 1, MessageChannel.Webhook, "messenger", 2, "HTTP 503", Now, Now.AddSeconds(60)));
        Assert.Equal(DeliveryStatus.Failed, failedTwice.Deliveries[Key].Status);
        Assert.False(DeliveryCommands.IsDue(failedTwice, failedTwice.Deliveries[Key], Now.AddSeconds(59)));

        ThenEvents(DeliveryCommands.Record(failedTwice, Key, DeliveryOutcome.Success, Backoff, Now.AddSeconds(60)),
            new DeliverySucceeded(MessageId, 1, MessageChannel.Webhook, "messenger", 3, Now.AddSeconds(60)));
    }

    [Fact]
    public void The_backoff_doubles_and_stops_at_its_maximum()
    {
        Assert.Equal([30, 60, 120, 240, 300, 300], Enumerable.Range(1, 6).Select(n => (int)Backoff.After(n).TotalSeconds));
    }

    [Fact]
    public void A_delivered_target_is_not_delivered_again_and_a_retracted_message_is_not_delivered_at_all()
    {
        var published = Given(Drafted(), Submitted(), Approved(), Published(targets: [Webhook]));
        var delivered = published.Apply(new DeliverySucceeded(MessageId, 1, MessageChannel.Webhook, "messenger", 1, Now));
        Assert.Empty(DeliveryCommands.Record(delivered, Key, DeliveryOutcome.Success, Backoff, Now).Events);

        var retracted = published.Apply(new MessageRetracted(MessageId, CrisisId, 1, "abgesagt", Approver, Now));
        Assert.False(DeliveryCommands.IsDue(retracted, retracted.Deliveries[Key], Now));
    }
}
