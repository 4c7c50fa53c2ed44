using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>The picture's section of the staff pool (services/Staffing): requested versus deployed, open requests, departments near their cap, languages at facilities; folded from the crisis journal.</summary>
public sealed record StaffingSection
{
    public static StaffingSection Empty { get; } = new();

    /// <summary>The section after <paramref name="entry"/>: itself when the entry is none of its events.</summary>
    public StaffingSection Apply(JournalEntry entry) => entry.Event switch
    {
        _ => this,
    };
}
