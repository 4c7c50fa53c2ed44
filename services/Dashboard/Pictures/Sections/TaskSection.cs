using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>The picture's section of the tasks (services/Tasking): open and overdue tasks by unit and priority; folded from the crisis journal.</summary>
public sealed record TaskSection
{
    public static TaskSection Empty { get; } = new();

    /// <summary>The section after <paramref name="entry"/>: itself when the entry is none of its events.</summary>
    public TaskSection Apply(JournalEntry entry) => entry.Event switch
    {
        _ => this,
    };
}
