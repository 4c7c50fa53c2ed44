using Krisenstab.Contracts.Accommodation;
using Krisenstab.Contracts.Situation;
using Krisenstab.Contracts.Staffing;
using Krisenstab.Contracts.Tasking;
using Krisenstab.Dashboard.Analysis;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Tests.Support;

namespace Krisenstab.Dashboard.Tests.Analysis;

/// <summary>
/// Two days of a small crisis in March 2022 (CET, UTC+1), by hand: ten people announced in two announcements, placed
/// in three households into a facility of ten places, three tasks of which two become overdue, a staff request for
/// three of whom one is deployed.
/// </summary>
public static class HandMadeCrisis
{
    public static readonly Guid Id = Guid.CreateVersion7();
    public static readonly DateTimeOffset Monday = new(2022, 3, 7, 0, 0, 0, TimeSpan.Zero);

    private static readonly Guid Facility = Guid.CreateVersion7();
    private static readonly (Guid T1, Guid T2, Guid T3) Tasks = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
    private static readonly Guid Request = Guid.CreateVersion7();

    public static IReadOnlyList<HistoryStep> History() =>
        [.. CrisisHistory.Steps(Id, CrisisJournal(), AccommodationJournal(), AccommodationBoard.Empty(DashboardSettings.Default))];

    public static IReadOnlyList<JournalEntry> CrisisJournal() =>
    [
        At(8, new CrisisOpened(Id, "Ankunft März", "Landkreis Nord", Monday.AddHours(8))),
        At(9, new AllocationAnnounced(Id, Guid.CreateVersion7(), Figures(6), Monday.AddHours(9))),
        At(10, new DeploymentRequested(Request, "S1", "Turnhalle Nord", Facility, [], [], new DeploymentPeriod(new(2022, 3, 7), new(2022, 3, 9)), false, new RequestFill(3, 0), Id)),
        At(10, Issued(Tasks.T1, "S4", "Versorgung")),
        At(10, Issued(Tasks.T2, "S4", "Versorgung")),
        At(10, Issued(Tasks.T3, "S1", "Personal")),
        At(11, new AllocationAnnounced(Id, Guid.CreateVersion7(), Figures(4), Monday.AddHours(11))),
        At(12, Placed("H-1", 4, 4)),
        At(18, new TaskBecameOverdue(Tasks.T1, "S4", "Feldbetten", TaskPriority.High, Monday.AddHours(18))),
        At(19, new TaskBecameOverdue(Tasks.T3, "S1", "Feldbetten", TaskPriority.High, Monday.AddHours(19))),
        At(24 + 8, new MemberAssigned(Request, Guid.CreateVersion7(), MemberKind.Staff, "Ordnungsamt", "Turnhalle Nord", Facility,
            new DeploymentPeriod(new(2022, 3, 8), new(2022, 3, 9)), ["de"], false, new RequestFill(3, 1))),
        At(24 + 9, Placed("H-2", 5, 9)),
        At(24 + 10, new TaskCompleted(Tasks.T3, "S1", null, Monday.AddHours(34), "Feldbetten")),
        At(24 + 15, Placed("H-3", 1, 10)),
        At(24 + 20, new CrisisClosed(Id, Monday.AddHours(44), "Lage beruhigt")),
    ];

    /// <summary>The facility, registered the day before, and the three placements (the crisis journal holds their copies).</summary>
    public static IReadOnlyList<JournalEntry> AccommodationJournal() =>
    [
        At(-14, new FacilityRegistered(Facility, "Turnhalle Nord", FacilityKind.SharedShelter, "Nordstadt", "Hauptstraße 1", FacilityOperator.Municipal, 10, [],
            Monday.AddHours(-14), Occupancy(0))),
        At(12, Placed("H-1", 4, 4)),
        At(24 + 9, Placed("H-2", 5, 9)),
        At(24 + 15, Placed("H-3", 1, 10)),
    ];

    private static JournalEntry At(int hours, object @event) => JournalEntries.Of(@event, Monday.AddHours(hours), Id);

    private static AllocationFigures Figures(int people) => new(new DateOnly(2022, 3, 8), null, people, null, ["uk"], "LEA Nord");

    private static TaskIssued Issued(Guid task, string unit, string unitName) =>
        new(task, "Feldbetten", "", unit, unitName, TaskPriority.High, Monday.AddHours(17), Id, TaskLinks.None, Monday.AddHours(10));

    private static HouseholdPlaced Placed(string household, int size, int occupiedAfter) =>
        new(Facility, household, size, [], ["uk"], null, 0, null, Occupancy(occupiedAfter));

    private static FacilityOccupancy Occupancy(int occupied) => new("Turnhalle Nord", "Nordstadt", 10, occupied, 0, 0, false);
}
