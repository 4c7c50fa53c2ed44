namespace Krisenstab.Contracts.Situation;

/// <summary>The sectors a department reports on (Fachlage); on the wire kebab case, e.g. <c>education-and-childcare</c>.</summary>
public enum Sector
{
    Accommodation,
    Registration,
    Health,
    EducationAndChildcare,
    Benefits,
    Security,
    Volunteers,
    Other,
}
