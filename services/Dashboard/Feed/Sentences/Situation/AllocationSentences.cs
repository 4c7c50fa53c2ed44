using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Feed.Sentences.Situation;

/// <summary>Announcements (Zuweisungen) and arrivals: people by number only.</summary>
internal static class AllocationSentences
{
    public static Sentence Announced(AllocationAnnounced e)
    {
        var (people, day) = (Words.People(e.Figures.People), When(e.Figures));
        return new($"Zuweisung angekündigt: {people.De} am {day.De} aus {e.Figures.Origin}", $"Allocation announced: {people.En} on {day.En} from {e.Figures.Origin}");
    }

    public static Sentence Changed(AllocationChanged e)
    {
        var (people, day) = (Words.People(e.Figures.People), When(e.Figures));
        return new(
            $"Zuweisung geändert: jetzt {people.De} am {day.De}{Words.InParentheses(e.Reason)}",
            $"Allocation changed: now {people.En} on {day.En}{Words.InParentheses(e.Reason)}");
    }

    public static Sentence Cancelled(AllocationCancelled e)
    {
        var (people, day) = (Words.People(e.People), SituationWords.Day(e.ExpectedOn));
        return new(
            $"Zuweisung abgesagt: {people.De} am {day.De}{Words.InParentheses(e.Reason)}",
            $"Allocation cancelled: {people.En} on {day.En}{Words.InParentheses(e.Reason)}");
    }

    public static Sentence Arrived(ArrivalRecorded e)
    {
        var (people, day) = (Words.People(e.People), SituationWords.Day(e.ExpectedOn));
        return new(
            $"Ankunft: {people.De} (zur Zuweisung vom {day.De}: {e.ArrivedSoFar} von {e.Announced} angekommen)",
            $"Arrival: {people.En} (allocation of {day.En}: {e.ArrivedSoFar} of {e.Announced} arrived)");
    }

    /// <summary>The day, and the hours when announced: "03.03.2026 (08:00–12:00)".</summary>
    private static Sentence When(AllocationFigures figures)
    {
        var day = SituationWords.Day(figures.ExpectedOn);
        var hours = figures.Window is { } w ? $" ({w.From:HH\\:mm}–{w.Until:HH\\:mm})" : "";
        return new(day.De + hours, day.En + hours);
    }
}
