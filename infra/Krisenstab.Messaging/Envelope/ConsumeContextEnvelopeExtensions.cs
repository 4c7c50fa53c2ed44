using System.Globalization;
using Krisenstab.Contracts;
using MassTransit;

namespace Krisenstab.Messaging.Envelope;

/// <summary>Reads the envelope of a public event published from a service's store (see <see cref="EnvelopeHeaders"/>).</summary>
public static class ConsumeContextEnvelopeExtensions
{
    /// <summary>The event's id in its origin store (the message id).</summary>
    public static Guid GetEventId(this ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("The message has no message id, so it is not a stored event.");

    /// <summary>The event's global position in its origin store, or null if the message did not come from a store.</summary>
    public static long? GetGlobalPosition(this ConsumeContext context) => ReadLong(context.Headers, EnvelopeHeaders.GlobalPosition);

    /// <summary>When, in which crisis, by whom and why the event happened; throws if the message did not come from a store.</summary>
    public static EventMetadata GetEventMetadata(this ConsumeContext context) =>
        context.TryGetEventMetadata()
        ?? throw new InvalidOperationException($"The message carries no {EnvelopeHeaders.OccurredAt} header, so it is not a stored event.");

    public static EventMetadata? TryGetEventMetadata(this ConsumeContext context)
    {
        var headers = context.Headers;
        if (ReadText(headers, EnvelopeHeaders.OccurredAt) is not { } occurredAt)
        {
            return null;
        }
        return new EventMetadata
        {
            OccurredAt = DateTimeOffset.Parse(occurredAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            CrisisId = ReadGuid(headers, EnvelopeHeaders.CrisisId),
            ActorId = ReadText(headers, EnvelopeHeaders.ActorId),
            ActorRole = ReadText(headers, EnvelopeHeaders.ActorRole),
            CorrelationId = context.CorrelationId,
            CausationId = ReadGuid(headers, EnvelopeHeaders.CausationId),
            TraceParent = ReadText(headers, EnvelopeHeaders.TraceParent),
        };
    }

    /// <summary>The whole envelope: the event with its id, stream, versions and metadata.</summary>
    public static EventEnvelope<TEvent> GetEventEnvelope<TEvent>(this ConsumeContext<TEvent> context)
        where TEvent : class =>
        new(
            context.GetEventId(),
            ReadText(context.Headers, EnvelopeHeaders.Stream) ?? string.Empty,
            ReadLong(context.Headers, EnvelopeHeaders.StreamVersion) ?? -1,
            context.GetGlobalPosition() ?? -1,
            context.Message,
            context.GetEventMetadata());

    private static string? ReadText(Headers headers, string name) =>
        headers.TryGetHeader(name, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private static long? ReadLong(Headers headers, string name) =>
        ReadText(headers, name) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : null;

    private static Guid? ReadGuid(Headers headers, string name) =>
        ReadText(headers, name) is { } text ? Guid.Parse(text) : null;
}
