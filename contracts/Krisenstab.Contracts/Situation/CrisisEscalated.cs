namespace Krisenstab.Contracts.Situation;

/// <summary>
/// The crisis was raised to a higher alert level (1 = lowest, the level it opens at; <see cref="MaxLevel"/> = highest).
/// </summary>
[EventName("situation.crisis-escalated.v1")]
public sealed record CrisisEscalated(Guid CrisisId, int PreviousLevel, int Level, string? Reason, DateTimeOffset EscalatedAt)
{
    public const int OpeningLevel = 1;
    public const int MaxLevel = 4;
}
