using System.Collections.Immutable;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Messages;

/// <summary>
/// A message as its stream (<c>message-{id}</c>) tells it: audience, channels, every version, the four-eyes record and
/// each delivery. Immutable; <see cref="Apply"/> folds one event.
/// </summary>
public sealed record Message
{
    public const string Category = "message";

    public static Message None { get; } = new();

    public Guid Id { get; init; }
    public Guid CrisisId { get; init; }
    public Audience Audience { get; init; }
    public ImmutableArray<MessageChannel> Channels { get; init; } = [];
    public ImmutableList<MessageVersion> Versions { get; init; } = [];
    public ImmutableList<ApprovalStep> Steps { get; init; } = [];
    public ImmutableDictionary<string, Delivery> Deliveries { get; init; } = ImmutableDictionary.Create<string, Delivery>(StringComparer.Ordinal);
    public string? RetractionReason { get; init; }

    public bool Exists => Id != Guid.Empty;
    public bool IsRetracted => RetractionReason is not null;

    /// <summary>The newest version: the one being written, approved or last published.</summary>
    public MessageVersion Current => Versions[^1];

    /// <summary>The version out there now (the newest published one), if any.</summary>
    public MessageVersion? Published => Versions.LastOrDefault(v => v.Status == VersionStatus.Published);

    public Message Apply(object @event) => @event switch
    {
        MessageDrafted e => this with
        {
            Id = e.MessageId,
            CrisisId = e.CrisisId,
            Audience = e.Audience,
            Channels = [.. e.Channels],
            Versions = [new MessageVersion(1, e.Texts, e.ValidUntil, e.AuthorId, e.DraftedAt, VersionStatus.Draft)],
        },
        MessageRevised e => WithVersion(e.Version, v => v with { Texts = e.Texts, ValidUntil = e.ValidUntil, Status = VersionStatus.Draft }),
        CorrectionDrafted e => this with
        {
            Versions = Versions.Add(new MessageVersion(e.Version, e.Texts, e.ValidUntil, e.AuthorId, e.DraftedAt, VersionStatus.Draft, e.Note)),
        },
        MessageSubmitted e => WithVersion(e.Version, v => v with { Status = VersionStatus.Submitted }, new ApprovalStep(e.Version, "submitted", e.SubmittedBy, e.SubmittedAt)),
        MessageApproved e => WithVersion(e.Version, v => v with { Status = VersionStatus.Approved }, new ApprovalStep(e.Version, "approved", e.ApprovedBy, e.ApprovedAt)),
        MessageRejected e => WithVersion(e.Version, v => v with { Status = VersionStatus.Rejected }, new ApprovalStep(e.Version, "rejected", e.RejectedBy, e.RejectedAt, e.Reason)),
        MessagePublished e => Publish(e),
        MessageRetracted e => this with
        {
            RetractionReason = e.Reason,
            Steps = Steps.Add(new ApprovalStep(e.Version, "retracted", e.RetractedBy, e.RetractedAt, e.Reason)),
        },
        DeliveryFailed e => WithDelivery(e.Version, e.Channel, e.Target, d => d with
        {
            Status = DeliveryStatus.Failed, Attempts = e.Attempt, LastError = e.Error, NextAttemptAt = e.NextAttemptAt,
        }),
        DeliverySucceeded e => WithDelivery(e.Version, e.Channel, e.Target, d => d with
        {
            Status = DeliveryStatus.Delivered, Attempts = e.Attempt, DeliveredAt = e.DeliveredAt,
        }),
        _ => this,
    };

    private Message Publish(MessagePublished e)
    {
        var versions = Versions.Select(v =>
            v.Number == e.Version ? v with { Status = VersionStatus.Published, PublishedAt = e.PublishedAt }
            : v.Status == VersionStatus.Published ? v with { Status = VersionStatus.Superseded }
            : v);
        var deliveries = Deliveries.SetItems(e.Targets.Select(t =>
        {
            var delivery = new Delivery(e.Version, t, DeliveryStatus.Pending, 0, e.PublishedAt);
            return KeyValuePair.Create(delivery.Key, delivery);
        }));
        return this with
        {
            Versions = [.. versions],
            Deliveries = deliveries,
            Steps = Steps.Add(new ApprovalStep(e.Version, "published", e.PublishedBy, e.PublishedAt)),
        };
    }

    private Message WithVersion(int number, Func<MessageVersion, MessageVersion> change, ApprovalStep? step = null) => this with
    {
        Versions = [.. Versions.Select(v => v.Number == number ? change(v) : v)],
        Steps = step is null ? Steps : Steps.Add(step),
    };

    private Message WithDelivery(int version, MessageChannel channel, string target, Func<Delivery, Delivery> change) =>
        Deliveries.TryGetValue(Delivery.KeyOf(version, channel, target), out var delivery)
            ? this with { Deliveries = Deliveries.SetItem(delivery.Key, change(delivery)) }
            : this;
}
