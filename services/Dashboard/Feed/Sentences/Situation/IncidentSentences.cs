using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Feed.Sentences.Situation;

/// <summary>Incidents (Vorkommnisse) by category and severity only: their text is confidential.</summary>
internal static class IncidentSentences
{
    public static Sentence Reported(IncidentReported e) => Say("Vorkommnis gemeldet", "Incident reported", e);

    public static Sentence Updated(IncidentUpdated e) => Say("Vorkommnis aktualisiert", "Incident updated", e);

    public static Sentence Closed(IncidentClosed e) => Say("Vorkommnis abgeschlossen", "Incident closed", e);

    private static Sentence Say(string de, string en, IIncidentEvent e)
    {
        var (category, severity) = (SituationWords.Of(e.Category), SituationWords.Of(e.Severity));
        return new($"{de}: {category.De}, {severity.De}", $"{en}: {category.En}, {severity.En}");
    }
}
