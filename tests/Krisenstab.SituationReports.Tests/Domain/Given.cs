namespace Krisenstab.SituationReports.Tests.Domain;

/// <summary>The fixed moment and crisis of the situation service's Given/When/Then tests (then: <c>Krisenstab.Testing.DecisionAssertions</c>).</summary>
public static class Given
{
    public static readonly DateTimeOffset Now = new(2022, 3, 14, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateOnly Today = new(2022, 3, 14);
    public static readonly Guid CrisisId = Guid.Parse("0193a5b0-0000-7000-8000-00000000c001");
}
