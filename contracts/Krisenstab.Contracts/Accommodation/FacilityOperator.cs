namespace Krisenstab.Contracts.Accommodation;

/// <summary>Who runs a facility: the municipality itself, or a named organisation (a welfare organisation, a housing company, a hotel).</summary>
public sealed record FacilityOperator(OperatorKind Kind, string? Name)
{
    public static FacilityOperator Municipal { get; } = new(OperatorKind.Municipal, null);
}
