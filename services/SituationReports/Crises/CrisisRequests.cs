namespace Krisenstab.SituationReports.Crises;

public sealed record OpenCrisisRequest(string? Name, string? Region);

public sealed record CloseCrisisRequest(string? Reason);

public sealed record CrisisCreated(Guid Id);
