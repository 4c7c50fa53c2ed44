namespace Krisenstab.SituationReports.Crises;

public enum CrisisStatus
{
    Open,
    Closed,
}
