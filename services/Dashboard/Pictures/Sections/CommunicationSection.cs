using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Krisenstab.Contracts.Communication;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures.Sections.Communication;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>
/// The picture's section of communication (services/Communication): messages awaiting approval, the latest published,
/// failed deliveries; folded from the crisis journal. The bus does not promise order, so each message is tracked on its
/// own (<see cref="MessageTrack"/>, which weighs steps by version, time and attempt) and the lists are read from the tracks.
/// </summary>
public sealed record CommunicationSection
{
    /// <summary>How many published messages the picture shows.</summary>
    public const int LatestShown = 5;

    public static CommunicationSection Empty { get; } = new();

    [JsonIgnore]
    public ImmutableDictionary<Guid, MessageTrack> Messages { get; init; } = ImmutableDictionary<Guid, MessageTrack>.Empty;

    /// <summary>Submitted versions no second person approved or rejected yet, oldest first.</summary>
    public IReadOnlyList<PendingMessage> AwaitingApproval =>
        [.. Messages.Values.Select(m => m.Pending).OfType<PendingMessage>().OrderBy(p => p.SubmittedAt)];

    /// <summary>The newest published messages (retracted ones marked), newest first.</summary>
    public IReadOnlyList<PublishedMessage> LatestPublished =>
        [.. Messages.Values.Select(m => m.Published).OfType<PublishedMessage>().OrderByDescending(p => p.PublishedAt).Take(LatestShown)];

    /// <summary>Deliveries of the version out there that the channel has not accepted yet, oldest failure first.</summary>
    public IReadOnlyList<FailedDelivery> FailedDeliveries =>
        [.. Messages.Values.SelectMany(m => m.Failed).OrderBy(f => f.AttemptedAt)];

    public int Published => Messages.Values.Count(m => m.Published is not null);

    /// <summary>The section after <paramref name="entry"/>: itself when the entry is none of its events.</summary>
    public CommunicationSection Apply(JournalEntry entry) => entry.Event switch
    {
        MessageDrafted e => Track(e.MessageId, m => m.Drafted(e)),
        MessageRevised e => Track(e.MessageId, m => m.Written(e.Version, e.Texts, e.RevisedAt, isCorrection: false)),
        CorrectionDrafted e => Track(e.MessageId, m => m.Written(e.Version, e.Texts, e.DraftedAt, isCorrection: true)),
        MessageSubmitted e => Track(e.MessageId, m => m.Submitted(e)),
        MessageApproved e => Track(e.MessageId, m => m.Decided(e.Version, e.ApprovedAt)),
        MessageRejected e => Track(e.MessageId, m => m.Decided(e.Version, e.RejectedAt)),
        MessagePublished e => Track(e.MessageId, m => m.PublishedAs(e)),
        MessageRetracted e => Track(e.MessageId, m => m.Retracted(e)),
        DeliveryFailed e => Track(e.MessageId, m => m.Failure(e)),
        DeliverySucceeded e => Track(e.MessageId, m => m.Success(e)),
        _ => this,
    };

    private CommunicationSection Track(Guid messageId, Func<MessageTrack, MessageTrack> change) =>
        this with { Messages = Messages.SetItem(messageId, change(Messages.GetValueOrDefault(messageId) ?? MessageTrack.New(messageId))) };
}
