using System.Net.Mime;
using System.Text.Json;
using Krisenstab.Contracts;
using MassTransit;
using MassTransit.Serialization;

namespace Krisenstab.Messaging.Wire;

/// <summary>A received public event: supports exactly the CLR type mapped to its wire name.</summary>
internal sealed class PublicEventSerializerContext(
    EventTypeMap events,
    JsonSerializerOptions options,
    ContentType contentType,
    MessageContext messageContext,
    string[] messageTypes,
    RawSerializerOptions rawOptions,
    JsonElement message)
    : SystemTextJsonRawSerializerContext(SystemTextJsonMessageSerializer.Instance, options, contentType, messageContext, messageTypes, rawOptions, message)
{
    public override bool IsSupportedMessageType<T>() => IsSupportedMessageType(typeof(T));

    public override bool IsSupportedMessageType(Type messageType) =>
        events.TryGetName(messageType, out var name)
        && SupportedMessageTypes.Contains(WireName.ToMessageType(name), StringComparer.Ordinal);
}
