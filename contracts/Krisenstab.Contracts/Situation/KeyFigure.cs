namespace Krisenstab.Contracts.Situation;

/// <summary>A typed key figure of a sector report: exactly the value of its <see cref="Kind"/> is set.</summary>
public sealed record KeyFigure(string Name, KeyFigureKind Kind, long? Count = null, decimal? Percentage = null, string? Text = null);

public enum KeyFigureKind
{
    Count,
    Percentage,
    Text,
}
