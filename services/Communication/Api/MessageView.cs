using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Api;

/// <summary>A message's full history: every version with its texts, the four-eyes steps, and each delivery per channel.</summary>
public sealed record MessageView(
    Guid Id,
    Guid CrisisId,
    Audience Audience,
    IReadOnlyList<MessageChannel> Channels,
    int Version,
    VersionStatus Status,
    int? PublishedVersion,
    string? RetractionReason,
    IReadOnlyList<VersionView> Versions,
    IReadOnlyList<ApprovalStep> Steps,
    IReadOnlyList<DeliveryView> Deliveries)
{
    public static MessageView From(Message message) => new(
        message.Id,
        message.CrisisId,
        message.Audience,
        message.Channels,
        message.Current.Number,
        message.Current.Status,
        message.Published?.Number,
        message.RetractionReason,
        [.. message.Versions.Select(VersionView.From)],
        message.Steps,
        [.. message.Deliveries.Values.OrderBy(d => d.Version).ThenBy(d => d.Target.Channel).ThenBy(d => d.Target.Target, StringComparer.Ordinal).Select(DeliveryView.From)]);
}

public sealed record VersionView(
    int Number, VersionStatus Status, bool IsCorrection, string? CorrectionNote, DateTimeOffset? ValidUntil, string Author, DateTimeOffset DraftedAt,
    DateTimeOffset? PublishedAt, IReadOnlyList<TextView> Texts)
{
    public static VersionView From(MessageVersion v) => new(
        v.Number, v.Status, v.IsCorrection, v.CorrectionNote, v.ValidUntil, v.AuthorId, v.DraftedAt, v.PublishedAt, [.. v.Texts.Select(TextView.From)]);
}

/// <summary>A text with its writing direction, so that screens show right-to-left languages right to left.</summary>
public sealed record TextView(string Language, string Direction, string Title, string Text)
{
    public static TextView From(MessageText t) => new(t.Language, LanguageTag.IsRightToLeft(t.Language) ? "rtl" : "ltr", t.Title, t.Text);
}

public sealed record DeliveryView(
    int Version, MessageChannel Channel, string Target, string? Language, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt)
{
    public static DeliveryView From(Delivery d) => new(
        d.Version, d.Target.Channel, d.Target.Target, d.Target.Language, d.Status, d.Attempts, d.LastError,
        d.Status == DeliveryStatus.Delivered ? null : d.NextAttemptAt, d.DeliveredAt);
}
