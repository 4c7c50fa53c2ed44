using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Feed.Sentences.Situation;

/// <summary>Sector reports (Fachlageberichte) and the sent Lagemeldung.</summary>
internal static class ReportSentences
{
    public static Sentence Filed(SectorReportFiled e)
    {
        var (sector, light) = (SituationWords.Of(e.Sector), SituationWords.Of(e.Status));
        var (de, en) = e.Corrects is null ? ("Fachlage", "Sector report") : ("Berichtigte Fachlage", "Corrected sector report");
        return new($"{de} {sector.De}: {light.De} ({e.Function} {e.FunctionName})", $"{en} {sector.En}: {light.En} ({e.Function} {e.FunctionName})");
    }

    public static Sentence Sent(ConsolidatedReportSent e) =>
        new($"Lagemeldung Nr. {e.Number} an {e.Recipient} gesendet", $"Situation report no. {e.Number} sent to {e.Recipient}");
}
