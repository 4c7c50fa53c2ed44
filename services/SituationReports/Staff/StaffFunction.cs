namespace Krisenstab.SituationReports.Staff;

/// <summary>A staff function (Stabsfunktion) by its short code and German name, e.g. <c>S2</c> "Lage".</summary>
public sealed record StaffFunction(string Code, string Name);
