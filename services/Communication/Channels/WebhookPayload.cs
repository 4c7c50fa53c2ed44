using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Channels;

/// <summary>What a webhook receives: the version with every language, whether it corrects an earlier one, and where the rest is.</summary>
public sealed record WebhookPayload(
    Guid MessageId,
    Guid CrisisId,
    int Version,
    Audience Audience,
    bool IsCorrection,
    string? CorrectionNote,
    DateTimeOffset? ValidUntil,
    IReadOnlyList<WebhookText> Texts)
{
    public static WebhookPayload Of(Message message, MessageVersion version) => new(
        message.Id, message.CrisisId, version.Number, message.Audience, version.IsCorrection, version.CorrectionNote, version.ValidUntil,
        [.. version.Texts.Select(t => new WebhookText(t.Language, LanguageTag.IsRightToLeft(t.Language) ? "rtl" : "ltr", t.Title, t.Text))]);
}

public sealed record WebhookText(string Language, string Direction, string Title, string Text);
