using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Pictures.Sections.Situation;

/// <summary>One allocation announcement as the picture counts it: its day, people announced and arrived, whether it was cancelled.</summary>
public sealed record AllocationRow(DateOnly ExpectedOn, int Announced, int Arrived, bool Cancelled)
{
    /// <summary>The row after an allocation event (every one carries the figures the row needs).</summary>
    public static AllocationRow After(AllocationRow? before, IAllocationEvent change) => change switch
    {
        AllocationAnnounced e => new(e.Figures.ExpectedOn, e.Figures.People, before?.Arrived ?? 0, before?.Cancelled ?? false),
        AllocationChanged e => new(e.Figures.ExpectedOn, e.Figures.People, before?.Arrived ?? 0, before?.Cancelled ?? false),
        AllocationCancelled e => new(e.ExpectedOn, e.People, before?.Arrived ?? 0, true),
        ArrivalRecorded e => new(e.ExpectedOn, e.Announced, Math.Max(e.ArrivedSoFar, before?.Arrived ?? 0), before?.Cancelled ?? false),
        _ => before ?? new(default, 0, 0, false),
    };
}

/// <summary>One day of the calendar: people announced for it (not cancelled) and arrived against those announcements.</summary>
public sealed record AllocationDay(DateOnly Date, int Announced, int Arrived, int Announcements);
