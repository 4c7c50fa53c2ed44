using Krisenstab.Contracts.Communication;
using Krisenstab.Dashboard.Pictures.Sections.Communication;

namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>
/// The sentences of communication's events; null for any other event. A message is named by its German title where
/// the event carries the texts, else by its version; an e-mail recipient never by address (only the channel is named).
/// </summary>
public static class CommunicationSentences
{
    public static Sentence? Of(object @event) => @event switch
    {
        MessageDrafted e => Titled(e.Texts, title => new(
            $"Mitteilung „{title}“ an {Audience(e.Audience).De} entworfen ({Languages(e.Texts)})",
            $"Message “{title}” to {Audience(e.Audience).En} drafted ({Languages(e.Texts)})")),
        MessageRevised e => Titled(e.Texts, title => new($"Mitteilung „{title}“ überarbeitet", $"Message “{title}” revised")),
        CorrectionDrafted e => Titled(e.Texts, title => new(
            $"Korrektur der Mitteilung „{title}“ entworfen{Words.InParentheses(e.Note)}", $"Correction of the message “{title}” drafted{Words.InParentheses(e.Note)}")),
        MessageSubmitted e => Versioned(e.Version, "zur Freigabe eingereicht", "submitted for approval"),
        MessageApproved e => Versioned(e.Version, $"freigegeben ({Approver(e.ApproverRole).De})", $"approved ({Approver(e.ApproverRole).En})"),
        MessageRejected e => Versioned(e.Version, $"zurückgewiesen{Words.InParentheses(e.Reason)}", $"rejected{Words.InParentheses(e.Reason)}"),
        MessagePublished e => Published(e),
        MessageRetracted e => Versioned(e.Version, $"zurückgezogen{Words.InParentheses(e.Reason)}", $"retracted{Words.InParentheses(e.Reason)}"),
        DeliveryFailed e => Failed(e),
        DeliverySucceeded e => new(
            $"Mitteilung (Fassung {e.Version}): {Channel(e.Channel, e.Target).De} hat angenommen (Versuch {e.Attempt})",
            $"Message (version {e.Version}): {Channel(e.Channel, e.Target).En} accepted it (attempt {e.Attempt})"),
        _ => null,
    };

    private static Sentence Published(MessagePublished e) => Titled(e.Texts, title =>
    {
        var audience = Audience(e.Audience);
        var channels = e.Channels.Select(c => Channel(c, null)).ToList();
        var (de, en) = (string.Join(", ", channels.Select(c => c.De)), string.Join(", ", channels.Select(c => c.En)));
        return e.IsCorrection
            ? new($"Korrektur der Mitteilung „{title}“ an {audience.De} veröffentlicht ({de})", $"Correction of the message “{title}” to {audience.En} published ({en})")
            : new($"Mitteilung „{title}“ an {audience.De} veröffentlicht ({de})", $"Message “{title}” to {audience.En} published ({en})");
    });

    private static Sentence Failed(DeliveryFailed e)
    {
        var channel = Channel(e.Channel, e.Target);
        var wait = Wait(e.NextAttemptAt - e.AttemptedAt);
        return new(
            $"Mitteilung (Fassung {e.Version}): Zustellung über {channel.De} fehlgeschlagen (Versuch {e.Attempt}: {e.Error}), neuer Versuch in {wait}",
            $"Message (version {e.Version}): delivery by {channel.En} failed (attempt {e.Attempt}: {e.Error}), next try in {wait}");
    }

    private static Sentence Titled(IReadOnlyList<MessageText> texts, Func<string, Sentence> sentence) =>
        sentence(MessageTitles.German(texts));

    private static Sentence Versioned(int version, string de, string en) => new($"Mitteilung (Fassung {version}) {de}", $"Message (version {version}) {en}");

    private static string Languages(IReadOnlyList<MessageText> texts) => string.Join(", ", texts.Select(t => t.Language));

    private static Sentence Audience(Audience audience) => audience switch
    {
        Contracts.Communication.Audience.Public => new("die Öffentlichkeit", "the public"),
        Contracts.Communication.Audience.Council => new("Rat und Ausschüsse", "council and committees"),
        Contracts.Communication.Audience.Volunteers => new("die Ehrenamtlichen", "volunteers"),
        Contracts.Communication.Audience.Refugees => new("die Geflüchteten", "refugees"),
        _ => new("die Mitarbeitenden", "internal staff"),
    };

    private static Sentence Approver(string role) => role switch
    {
        "head" => new("Amtsleitung", "head of department"),
        _ => new("Presse", "press"),
    };

    /// <summary>The channel; a webhook with its configured name, an e-mail recipient never by name or address.</summary>
    private static Sentence Channel(MessageChannel channel, string? target) => channel switch
    {
        MessageChannel.Feed => new("Feed", "feed"),
        MessageChannel.Email => target is null ? new("E-Mail", "e-mail") : new("E-Mail an einen Empfänger", "e-mail to one recipient"),
        _ => target is null ? new("Webhook", "webhook") : new($"Webhook „{target}“", $"webhook “{target}”"),
    };

    private static string Wait(TimeSpan wait) =>
        wait < TimeSpan.FromMinutes(1) ? $"{Math.Max(1, (int)Math.Round(wait.TotalSeconds))} s"
        : wait < TimeSpan.FromHours(1) ? $"{(int)Math.Round(wait.TotalMinutes)} min"
        : $"{(int)Math.Round(wait.TotalHours)} h";
}
