using System.Globalization;
using Krisenstab.EventStore;
using MassTransit;

namespace Krisenstab.Messaging.Envelope;

/// <summary>Writes a stored event's envelope into the message it is published as.</summary>
internal static class EnvelopeHeaderWriter
{
    public static void WriteEnvelope(this SendContext context, RecordedEvent recorded)
    {
        context.MessageId = recorded.EventId;
        context.CorrelationId = recorded.Metadata.CorrelationId;

        var headers = context.Headers;
        headers.Set(EnvelopeHeaders.EventType, recorded.EventType);
        headers.Set(EnvelopeHeaders.Stream, recorded.Stream);
        headers.Set(EnvelopeHeaders.StreamVersion, recorded.StreamVersion.ToString(CultureInfo.InvariantCulture));
        headers.Set(EnvelopeHeaders.GlobalPosition, recorded.GlobalPosition.ToString(CultureInfo.InvariantCulture));
        var metadata = recorded.Metadata;
        headers.Set(EnvelopeHeaders.OccurredAt, metadata.OccurredAt.ToString("O", CultureInfo.InvariantCulture));
        SetIfPresent(headers, EnvelopeHeaders.CrisisId, metadata.CrisisId?.ToString());
        SetIfPresent(headers, EnvelopeHeaders.ActorId, metadata.ActorId);
        SetIfPresent(headers, EnvelopeHeaders.ActorRole, metadata.ActorRole);
        SetIfPresent(headers, EnvelopeHeaders.CausationId, metadata.CausationId?.ToString());
        SetIfPresent(headers, EnvelopeHeaders.TraceParent, metadata.TraceParent);
    }

    private static void SetIfPresent(SendHeaders headers, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            headers.Set(name, value);
        }
    }
}
