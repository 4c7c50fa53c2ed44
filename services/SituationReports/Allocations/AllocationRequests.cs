using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Allocations;

/// <summary>The body of <c>POST …/announcements</c> and <c>PUT …/announcements/{id}</c> (with a <paramref name="Reason"/> for a change).</summary>
public sealed record AnnouncementRequest(
    DateOnly? ExpectedOn, int? People, string? Origin, ArrivalWindow? Window, int? Households, IReadOnlyList<string?>? Languages, string? Reason)
{
    public AllocationInput Input => new(ExpectedOn, Window, People, Households, Languages, Origin);
}

public sealed record CancelAnnouncementRequest(string? Reason);

public sealed record ArrivalRequest(int? People, int? Households, DateTimeOffset? ArrivedAt);
