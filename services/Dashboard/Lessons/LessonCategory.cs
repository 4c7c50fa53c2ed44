namespace Krisenstab.Dashboard.Lessons;

/// <summary>What a lesson-learned note says of its moment (kebab-case on the wire: <c>went-well</c>, <c>too-late</c>, …).</summary>
public enum LessonCategory
{
    /// <summary>Worked and should be kept (gut gelaufen).</summary>
    WentWell,
    /// <summary>Came, but too late (zu spät).</summary>
    TooLate,
    /// <summary>Went wrong or was missing (fehlte / lief schief).</summary>
    WentWrong,
    /// <summary>An idea for next time (Verbesserung).</summary>
    Improvement,
}
