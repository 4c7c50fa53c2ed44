namespace Krisenstab.Contracts.Situation;

public enum IncidentCategory
{
    Violence,
    Fire,
    Medical,
    Conflict,
    Other,
}
