namespace Krisenstab.Dashboard.Board;

/// <summary>
/// One facility on the accommodation board: its figures after its latest change, when that happened and what it
/// was (the event's wire name).
/// </summary>
public sealed record FacilityFigures(
    Guid FacilityId,
    string Name,
    string Town,
    int Capacity,
    int Occupied,
    int Blocked,
    int Reserved,
    int Free,
    bool Closed,
    DateTimeOffset LastChange,
    string LastChangeType);
