using System.Collections.Immutable;
using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Board;

/// <summary>A message as the queries list it: its newest version's state, what is out there, and its deliveries' state.</summary>
public sealed record MessageSummary(
    Guid Id,
    Guid CrisisId,
    Audience Audience,
    IReadOnlyList<MessageChannel> Channels,
    int Version,
    VersionStatus Status,
    IReadOnlyList<MessageText> Texts,
    PublishedVersion? Published,
    DateTimeOffset ChangedAt,
    ImmutableDictionary<string, DeliveryState> Deliveries)
{
    public int FailedDeliveries => Deliveries.Values.Count(d => d.Status == DeliveryStatus.Failed);
}

/// <summary>The version in the feeds: its texts, when it went out, whether it corrects an earlier one, whether it was retracted.</summary>
public sealed record PublishedVersion(
    int Version,
    IReadOnlyList<MessageText> Texts,
    DateTimeOffset PublishedAt,
    DateTimeOffset? ValidUntil,
    string? CorrectionNote,
    string? RetractionReason = null,
    DateTimeOffset? RetractedAt = null)
{
    public MessageText? In(string language) => Texts.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));
}

public sealed record DeliveryState(int Version, MessageChannel Channel, string Target, DeliveryStatus Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);
