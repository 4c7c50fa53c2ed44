using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Recipients;

/// <summary>
/// Where a message goes when it is published: each configured webhook, and each e-mail recipient of its audience in the
/// recipient's language — German when the message has no text in it.
/// </summary>
public sealed class DeliveryTargets(CommunicationSettings settings, RecipientDirectory recipients)
{
    public IReadOnlyList<DeliveryTarget> For(Message message)
    {
        if (!message.Exists)
        {
            return [];
        }
        var languages = message.Current.Texts.Select(t => t.Language).ToList();
        var webhooks = settings.Webhooks.Select(w => new DeliveryTarget(MessageChannel.Webhook, w.Name, null));
        var emails = settings.Smtp is null ? [] : recipients.Of(message.Audience).Select(r => new DeliveryTarget(
            MessageChannel.Email, r.Id.ToString(), languages.FirstOrDefault(l => string.Equals(l, r.Language, StringComparison.OrdinalIgnoreCase)) ?? GermanOf(languages)));
        return [.. webhooks, .. emails];
    }

    private static string GermanOf(IReadOnlyList<string> languages) => languages.First(LanguageTag.IsGerman);
}
