using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Feed.Sentences;

internal static class CrisisSentences
{
    public static Sentence Opened(CrisisOpened e) =>
        new($"Lage „{e.Name}“ eröffnet ({e.Region})", $"Crisis “{e.Name}” opened ({e.Region})");

    public static Sentence Escalated(CrisisEscalated e) =>
        new($"Lage auf Stufe {e.Level} erhöht{Words.InParentheses(e.Reason)}", $"Crisis raised to level {e.Level}{Words.InParentheses(e.Reason)}");

    public static Sentence Closed(CrisisClosed e) =>
        new($"Lage beendet{Words.InParentheses(e.Reason)}", $"Crisis closed{Words.InParentheses(e.Reason)}");
}
