using System.Collections.Immutable;
using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Board;

/// <summary>
/// Every message in brief, kept from the module's events: the approver's queue, the feeds per audience and language,
/// and the deliveries still to make. Thread-safe: the projection writes while requests and the delivery worker read.
/// </summary>
public sealed class MessageBoard
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, MessageSummary> _messages = ImmutableDictionary<Guid, MessageSummary>.Empty;

    public IReadOnlyList<MessageSummary> All => [.. _messages.Values.OrderByDescending(m => m.ChangedAt)];

    public IReadOnlyList<MessageSummary> AwaitingApproval => [.. All.Where(m => m.Status == VersionStatus.Submitted).OrderBy(m => m.ChangedAt)];

    /// <summary>What is out there for an audience that has a text in this language, newest first (a correction replaces what it corrects).</summary>
    public IReadOnlyList<MessageSummary> PublishedFor(Audience audience, string language, bool feedOnly) =>
        [.. _messages.Values
            .Where(m => m.Audience == audience && m.Published?.In(language) is not null && (!feedOnly || m.Channels.Contains(MessageChannel.Feed)))
            .OrderByDescending(m => m.Published!.PublishedAt)];

    /// <summary>The messages with a delivery of their published version due at <paramref name="now"/>.</summary>
    public IReadOnlyList<Guid> WithDeliveriesDue(DateTimeOffset now) =>
        [.. _messages.Values
            .Where(m => m.Published is { RetractionReason: null } published
                && m.Deliveries.Values.Any(d => d.Version == published.Version && d.Status != DeliveryStatus.Delivered && d.NextAttemptAt <= now))
            .Select(m => m.Id)];

    public void Apply(object @event, DateTimeOffset at)
    {
        lock (_gate)
        {
            _messages = @event switch
            {
                MessageDrafted e => _messages.SetItem(e.MessageId, new MessageSummary(
                    e.MessageId, e.CrisisId, e.Audience, e.Channels, 1, VersionStatus.Draft, e.Texts, null, at, ImmutableDictionary<string, DeliveryState>.Empty)),
                MessageRevised e => Change(e.MessageId, m => m with { Texts = e.Texts, Status = VersionStatus.Draft, ChangedAt = at }),
                CorrectionDrafted e => Change(e.MessageId, m => m with { Version = e.Version, Texts = e.Texts, Status = VersionStatus.Draft, ChangedAt = at }),
                MessageSubmitted e => Change(e.MessageId, m => m with { Status = VersionStatus.Submitted, ChangedAt = at }),
                MessageApproved e => Change(e.MessageId, m => m with { Status = VersionStatus.Approved, ChangedAt = at }),
                MessageRejected e => Change(e.MessageId, m => m with { Status = VersionStatus.Rejected, ChangedAt = at }),
                MessagePublished e => Change(e.MessageId, m => m with
                {
                    Status = VersionStatus.Published,
                    Published = new PublishedVersion(e.Version, e.Texts, e.PublishedAt, e.ValidUntil, e.CorrectionNote),
                    Deliveries = m.Deliveries.SetItems(e.Targets.Select(t => KeyValuePair.Create(
                        Delivery.KeyOf(e.Version, t.Channel, t.Target), new DeliveryState(e.Version, t.Channel, t.Target, DeliveryStatus.Pending, 0, e.PublishedAt, null)))),
                    ChangedAt = at,
                }),
                MessageRetracted e => Change(e.MessageId, m => m with { Published = m.Published! with { RetractionReason = e.Reason, RetractedAt = e.RetractedAt }, ChangedAt = at }),
                DeliveryFailed e => ChangeDelivery(e.MessageId, Delivery.KeyOf(e.Version, e.Channel, e.Target), d => d with
                {
                    Status = DeliveryStatus.Failed, Attempts = e.Attempt, NextAttemptAt = e.NextAttemptAt, LastError = e.Error,
                }),
                DeliverySucceeded e => ChangeDelivery(e.MessageId, Delivery.KeyOf(e.Version, e.Channel, e.Target), d => d with
                {
                    Status = DeliveryStatus.Delivered, Attempts = e.Attempt, LastError = null,
                }),
                _ => _messages,
            };
        }
    }

    private ImmutableDictionary<Guid, MessageSummary> Change(Guid id, Func<MessageSummary, MessageSummary> change) =>
        _messages.TryGetValue(id, out var message) ? _messages.SetItem(id, change(message)) : _messages;

    private ImmutableDictionary<Guid, MessageSummary> ChangeDelivery(Guid id, string key, Func<DeliveryState, DeliveryState> change) =>
        Change(id, m => m.Deliveries.TryGetValue(key, out var delivery) ? m with { Deliveries = m.Deliveries.SetItem(key, change(delivery)) } : m);
}
