using Krisenstab.Contracts.Communication;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;

namespace Krisenstab.Dashboard.Tests.Communication;

public class CommunicationSectionFoldTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Crisis = Guid.CreateVersion7();

    [Fact]
    public void A_submitted_message_awaits_approval_until_a_second_person_decides_and_then_is_the_latest_published()
    {
        var message = Guid.CreateVersion7();
        var submitted = Fold(Drafted(message, 0), Submitted(message, 1, 1));

        var pending = Assert.Single(submitted.Communication.AwaitingApproval);
        Assert.Equal((message, 1, "Ausgabestelle geöffnet", (Audience?)Audience.Public), (pending.MessageId, pending.Version, pending.Title, pending.Audience));
        Assert.Equal(["de", "ar"], pending.Languages);
        Assert.Empty(submitted.Communication.LatestPublished);

        var published = Fold(Drafted(message, 0), Submitted(message, 1, 1), Approved(message, 1, 2), Published(message, 1, 3));

        Assert.Empty(published.Communication.AwaitingApproval);
        var latest = Assert.Single(published.Communication.LatestPublished);
        Assert.Equal((1, "Ausgabestelle geöffnet", false, (string?)null), (latest.Version, latest.Title, latest.IsCorrection, latest.RetractionReason));
    }

    [Fact]
    public void A_rejected_version_leaves_the_queue_and_a_resubmission_joins_it_again()
    {
        var message = Guid.CreateVersion7();

        var rejected = Fold(Drafted(message, 0), Submitted(message, 1, 1), Rejected(message, 1, 2));
        var again = Fold(Drafted(message, 0), Submitted(message, 1, 1), Rejected(message, 1, 2), Submitted(message, 1, 3));

        Assert.Empty(rejected.Communication.AwaitingApproval);
        Assert.Equal(Morning.AddMinutes(3), Assert.Single(again.Communication.AwaitingApproval).SubmittedAt);
    }

    [Fact]
    public void A_published_correction_replaces_the_earlier_version_and_a_retraction_is_shown_with_its_reason()
    {
        var message = Guid.CreateVersion7();
        var correction = new MessageText("de", "Ausgabestelle ab 11 Uhr", "Die Ausgabestelle öffnet um 11 Uhr.");
        var entries = new[]
        {
            Drafted(message, 0), Published(message, 1, 1),
            Entry(new CorrectionDrafted(message, 2, [correction], null, "Uhrzeit", "staff", Morning.AddMinutes(2)), 2),
            Submitted(message, 2, 3),
            Published(message, 2, 4, [correction]),
        };

        var corrected = Fold(entries);
        var retracted = Fold([.. entries, Entry(new MessageRetracted(message, Crisis, 2, "Ausgabe abgesagt", "press", Morning.AddMinutes(5)), 5)]);

        var latest = Assert.Single(corrected.Communication.LatestPublished);
        Assert.Equal((2, "Ausgabestelle ab 11 Uhr", true), (latest.Version, latest.Title, latest.IsCorrection));
        Assert.Empty(corrected.Communication.AwaitingApproval);
        Assert.Equal("Ausgabe abgesagt", Assert.Single(retracted.Communication.LatestPublished).RetractionReason);
    }

    [Fact]
    public void A_failed_delivery_stays_until_the_channel_accepts_and_a_late_failure_of_an_accepted_one_is_old_news()
    {
        var message = Guid.CreateVersion7();
        var published = new[] { Drafted(message, 0), Published(message, 1, 1) };

        var failed = Fold([.. published, Failed(message, 1, 2), Failed(message, 2, 3)]);
        var accepted = Fold([.. published, Failed(message, 1, 2), Succeeded(message, 2, 3)]);
        var reordered = Fold([.. published, Succeeded(message, 2, 3), Failed(message, 1, 2)]);

        var failure = Assert.Single(failed.Communication.FailedDeliveries);
        Assert.Equal((MessageChannel.Webhook, "messenger", 2, "HTTP 503", "Ausgabestelle geöffnet"), (failure.Channel, failure.Target, failure.Attempt, failure.Error, failure.Title));
        Assert.Empty(accepted.Communication.FailedDeliveries);
        Assert.Empty(reordered.Communication.FailedDeliveries);
    }

    [Fact]
    public void Failures_of_a_retracted_message_or_of_a_superseded_version_are_no_longer_shown()
    {
        var message = Guid.CreateVersion7();
        var failing = new[] { Drafted(message, 0), Published(message, 1, 1), Failed(message, 1, 2) };

        var retracted = Fold([.. failing, Entry(new MessageRetracted(message, Crisis, 1, "falsch", "press", Morning.AddMinutes(3)), 3)]);
        var corrected = Fold([.. failing, Published(message, 2, 3)]);

        Assert.Empty(retracted.Communication.FailedDeliveries);
        Assert.Empty(corrected.Communication.FailedDeliveries);
    }

    [Fact]
    public void Steps_arriving_before_the_draft_still_give_the_title_and_only_the_newest_five_published_are_shown()
    {
        var late = Guid.CreateVersion7();
        var messages = Enumerable.Range(0, 7).Select(_ => Guid.CreateVersion7()).ToList();

        var picture = Fold([Submitted(late, 1, 1), Drafted(late, 0), .. messages.Select((m, i) => Published(m, 1, 10 + i))]);

        Assert.Equal("Ausgabestelle geöffnet", Assert.Single(picture.Communication.AwaitingApproval).Title);
        Assert.Equal(messages.AsEnumerable().Reverse().Take(5), picture.Communication.LatestPublished.Select(p => p.MessageId));
        Assert.Equal(7, picture.Communication.Published);
    }

    private static readonly MessageText[] Texts =
        [new("de", "Ausgabestelle geöffnet", "Die Ausgabestelle ist ab 10 Uhr geöffnet."), new("ar", "تم فتح نقطة التوزيع", "نقطة التوزيع مفتوحة.")];

    private static SituationPicture Fold(params JournalEntry[] entries) => SituationPicture.Fold(Crisis, entries);

    private static JournalEntry Entry(object @event, int minute) => JournalEntries.Of(@event, Morning.AddMinutes(minute), Crisis);

    private static JournalEntry Drafted(Guid message, int minute) =>
        Entry(new MessageDrafted(message, Crisis, Audience.Public, [MessageChannel.Feed, MessageChannel.Webhook], Texts, null, "staff", Morning.AddMinutes(minute)), minute);

    private static JournalEntry Submitted(Guid message, int version, int minute) =>
        Entry(new MessageSubmitted(message, Crisis, version, "staff", Morning.AddMinutes(minute)), minute);

    private static JournalEntry Approved(Guid message, int version, int minute) =>
        Entry(new MessageApproved(message, version, "press", "press", Morning.AddMinutes(minute)), minute);

    private static JournalEntry Rejected(Guid message, int version, int minute) =>
        Entry(new MessageRejected(message, version, "press", "Uhrzeit fehlt", Morning.AddMinutes(minute)), minute);

    private static JournalEntry Published(Guid message, int version, int minute, MessageText[]? texts = null) =>
        Entry(new MessagePublished(
            message, Crisis, version, Audience.Public, [MessageChannel.Feed, MessageChannel.Webhook], texts ?? Texts, null, version > 1, version > 1 ? "Uhrzeit" : null,
            [new DeliveryTarget(MessageChannel.Webhook, "messenger", null)], "press", Morning.AddMinutes(minute)), minute);

    private static JournalEntry Failed(Guid message, int attempt, int minute) =>
        Entry(new DeliveryFailed(message, 1, MessageChannel.Webhook, "messenger", attempt, "HTTP 503", Morning.AddMinutes(minute), Morning.AddMinutes(minute + 1)), minute);

    private static JournalEntry Succeeded(Guid message, int attempt, int minute) =>
        Entry(new DeliverySucceeded(message, 1, MessageChannel.Webhook, "messenger", attempt, Morning.AddMinutes(minute)), minute);
}
