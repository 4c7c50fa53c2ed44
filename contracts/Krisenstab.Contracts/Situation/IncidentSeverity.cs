namespace Krisenstab.Contracts.Situation;

public enum IncidentSeverity
{
    Minor,
    Serious,
    Critical,
}
