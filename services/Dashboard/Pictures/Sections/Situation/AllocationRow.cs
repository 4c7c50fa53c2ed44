using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Pictures.Sections.Situation;

/// <summary>One allocation announcement as the picture counts it: its day and origin, people announced and arrived, whether it was cancelled.</summary>
public sealed record AllocationRow(DateOnly ExpectedOn, int Announced, int Arrived, bool Cancelled, string Origin = "")
{
    /// <summary>The row after an allocation event (every one carries the figures the row needs; a cancellation keeps the origin).</summary>
    public static AllocationRow After(AllocationRow? before, IAllocationEvent change) => change switch
    {
        AllocationAnnounced e => new(e.Figures.ExpectedOn, e.Figures.People, before?.Arrived ?? 0, before?.Cancelled ?? false, e.Figures.Origin),
        AllocationChanged e => new(e.Figures.ExpectedOn, e.Figures.People, before?.Arrived ?? 0, before?.Cancelled ?? false, e.Figures.Origin),
        AllocationCancelled e => new(e.ExpectedOn, e.People, before?.Arrived ?? 0, true, before?.Origin ?? ""),
        ArrivalRecorded e => new(e.ExpectedOn, e.Announced, Math.Max(e.ArrivedSoFar, before?.Arrived ?? 0), before?.Cancelled ?? false, before?.Origin ?? ""),
        _ => before ?? new(default, 0, 0, false),
    };
}

/// <summary>One day of the calendar: people announced for it (not cancelled) and arrived against those announcements.</summary>
public sealed record AllocationDay(DateOnly Date, int Announced, int Arrived, int Announcements);

/// <summary>One announcement's figures in the picture: announced, arrived, and placed from the reservations that name it.</summary>
public sealed record AnnouncementFigures(Guid AnnouncementId, DateOnly ExpectedOn, string Origin, int Announced, int Arrived, int Placed, bool Cancelled);
