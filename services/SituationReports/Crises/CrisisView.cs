namespace Krisenstab.SituationReports.Crises;

/// <summary>A crisis as the API shows it.</summary>
public sealed record CrisisView(
    Guid Id,
    string Name,
    string Region,
    CrisisStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt)
{
    public static CrisisView From(Crisis crisis) =>
        new(crisis.Id, crisis.Name, crisis.Region, crisis.Status, crisis.OpenedAt, crisis.ClosedAt);
}
