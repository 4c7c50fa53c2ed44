namespace Krisenstab.Contracts;

/// <summary>What is known about an event besides its data: when, in which crisis, by whom, and why.</summary>
public sealed record EventMetadata
{
    public required DateTimeOffset OccurredAt { get; init; }
    public Guid? CrisisId { get; init; }
    public string? ActorId { get; init; }
    public string? ActorRole { get; init; }
    public Guid? CorrelationId { get; init; }
    public Guid? CausationId { get; init; }
    /// <summary>W3C trace context of the command that caused the event.</summary>
    public string? TraceParent { get; init; }
}
