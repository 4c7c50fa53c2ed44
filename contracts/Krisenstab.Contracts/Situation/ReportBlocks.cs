namespace Krisenstab.Contracts.Situation;

/// <summary>The four customary blocks of a situation report: overview, the situation outside our control, our own situation, forecast.</summary>
public sealed record ReportBlocks(string Overview, string OutsideSituation, string OwnSituation, string Forecast);
