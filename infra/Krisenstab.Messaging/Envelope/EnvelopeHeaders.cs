namespace Krisenstab.Messaging.Envelope;

/// <summary>
/// Message headers carrying a stored event's envelope on the bus. The event id travels as the MassTransit message id
/// and the correlation id as its correlation id; values are text (invariant culture, timestamps ISO 8601).
/// </summary>
public static class EnvelopeHeaders
{
    public const string EventType = "Krisenstab-Event-Type";
    public const string Stream = "Krisenstab-Stream";
    public const string StreamVersion = "Krisenstab-Stream-Version";
    public const string GlobalPosition = "Krisenstab-Global-Position";
    public const string OccurredAt = "Krisenstab-Occurred-At";
    public const string CrisisId = "Krisenstab-Crisis-Id";
    public const string ActorId = "Krisenstab-Actor-Id";
    public const string ActorRole = "Krisenstab-Actor-Role";
    public const string CausationId = "Krisenstab-Causation-Id";
    /// <summary>W3C trace context of the command that caused the event (MassTransit's own <c>traceparent</c> is the publish's).</summary>
    public const string TraceParent = "Krisenstab-Trace-Parent";
}
