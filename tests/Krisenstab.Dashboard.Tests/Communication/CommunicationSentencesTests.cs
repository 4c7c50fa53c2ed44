using Krisenstab.Contracts.Communication;
using Krisenstab.Dashboard.Feed;

namespace Krisenstab.Dashboard.Tests.Communication;

public class CommunicationSentencesTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Message = Guid.CreateVersion7();
    private static readonly Guid Crisis = Guid.CreateVersion7();
    private static readonly Guid Recipient = Guid.CreateVersion7();
    private static readonly MessageText[] Texts = [new("de", "Ausgabestelle geöffnet", "Ab 10 Uhr."), new("uk", "Пункт видачі відкрито", "З 10 години.")];

    public static TheoryData<object, string, string> EveryEventType => new()
    {
        {
            new MessageDrafted(Message, Crisis, Audience.Refugees, [MessageChannel.Feed], Texts, null, "staff", Morning),
            "Mitteilung „Ausgabestelle geöffnet“ an die Geflüchteten entworfen (de, uk)", "Message “Ausgabestelle geöffnet” to refugees drafted (de, uk)"
        },
        { new MessageRevised(Message, 1, Texts, null, "staff", Morning), "Mitteilung „Ausgabestelle geöffnet“ überarbeitet", "Message “Ausgabestelle geöffnet” revised" },
        {
            new CorrectionDrafted(Message, 2, Texts, null, "Uhrzeit korrigiert", "staff", Morning),
            "Korrektur der Mitteilung „Ausgabestelle geöffnet“ entworfen (Uhrzeit korrigiert)", "Correction of the message “Ausgabestelle geöffnet” drafted (Uhrzeit korrigiert)"
        },
        { new MessageSubmitted(Message, Crisis, 1, "staff", Morning), "Mitteilung (Fassung 1) zur Freigabe eingereicht", "Message (version 1) submitted for approval" },
        { new MessageApproved(Message, 1, "press", "press", Morning), "Mitteilung (Fassung 1) freigegeben (Presse)", "Message (version 1) approved (press)" },
        { new MessageRejected(Message, 1, "head", "Uhrzeit fehlt", Morning), "Mitteilung (Fassung 1) zurückgewiesen (Uhrzeit fehlt)", "Message (version 1) rejected (Uhrzeit fehlt)" },
        {
            new MessagePublished(Message, Crisis, 1, Audience.Public, [MessageChannel.Feed, MessageChannel.Email], Texts, null, false, null, [], "press", Morning),
            "Mitteilung „Ausgabestelle geöffnet“ an die Öffentlichkeit veröffentlicht (Feed, E-Mail)", "Message “Ausgabestelle geöffnet” to the public published (feed, e-mail)"
        },
        {
            new MessagePublished(Message, Crisis, 2, Audience.Council, [MessageChannel.Webhook], Texts, null, true, "Uhrzeit", [], "head", Morning),
            "Korrektur der Mitteilung „Ausgabestelle geöffnet“ an Rat und Ausschüsse veröffentlicht (Webhook)",
            "Correction of the message “Ausgabestelle geöffnet” to council and committees published (webhook)"
        },
        { new MessageRetracted(Message, Crisis, 1, "Ausgabe abgesagt", "press", Morning), "Mitteilung (Fassung 1) zurückgezogen (Ausgabe abgesagt)", "Message (version 1) retracted (Ausgabe abgesagt)" },
        {
            new DeliveryFailed(Message, 1, MessageChannel.Webhook, "messenger", 2, "HTTP 503", Morning, Morning.AddMinutes(1)),
            "Mitteilung (Fassung 1): Zustellung über Webhook „messenger“ fehlgeschlagen (Versuch 2: HTTP 503), neuer Versuch in 1 min",
            "Message (version 1): delivery by webhook “messenger” failed (attempt 2: HTTP 503), next try in 1 min"
        },
        {
            new DeliverySucceeded(Message, 1, MessageChannel.Email, Recipient.ToString(), 3, Morning),
            "Mitteilung (Fassung 1): E-Mail an einen Empfänger hat angenommen (Versuch 3)", "Message (version 1): e-mail to one recipient accepted it (attempt 3)"
        },
    };

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void Each_communication_event_has_its_german_and_english_sentence(object @event, string german, string english)
    {
        var sentence = FeedSentences.Of(@event, "unused");

        Assert.Equal((german, english), (sentence.De, sentence.En));
    }

    [Fact]
    public void An_e_mail_delivery_never_names_its_recipient()
    {
        var sentence = FeedSentences.Of(new DeliveryFailed(Message, 1, MessageChannel.Email, Recipient.ToString(), 1, "SMTP 550 (RecipientNotAccepted)", Morning, Morning.AddSeconds(30)), "unused");

        Assert.DoesNotContain(Recipient.ToString(), sentence.De + sentence.En, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("neuer Versuch in 30 s", sentence.De, StringComparison.Ordinal);
    }
}
