using Krisenstab.Communication.Board;
using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Api;

/// <summary>A message in a list: the approver's queue, the published ones, the failed deliveries.</summary>
public sealed record SummaryView(
    Guid Id, Guid CrisisId, Audience Audience, IReadOnlyList<MessageChannel> Channels, int Version, VersionStatus Status, IReadOnlyList<TextView> Texts,
    int? PublishedVersion, DateTimeOffset? PublishedAt, bool IsCorrection, bool IsRetracted, int FailedDeliveries, DateTimeOffset ChangedAt)
{
    public static SummaryView From(MessageSummary m) => new(
        m.Id, m.CrisisId, m.Audience, m.Channels, m.Version, m.Status, [.. m.Texts.Select(TextView.From)],
        m.Published?.Version, m.Published?.PublishedAt, m.Published?.CorrectionNote is not null, m.Published?.RetractionReason is not null, m.FailedDeliveries, m.ChangedAt);
}
