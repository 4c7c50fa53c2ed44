using System.Net.Mime;
using System.Runtime.Serialization;
using System.Text.Json;
using Krisenstab.Contracts;
using MassTransit;
using MassTransit.Serialization;

namespace Krisenstab.Messaging.Wire;

/// <summary>
/// Puts public events on the wire by their stable <see cref="EventNameAttribute"/> name, never by CLR type name:
/// the body is the event's contract JSON (<see cref="ContractJson"/>), the message type header is
/// <c>urn:message:{wire name}</c>, and a consumer of a CLR type accepts a message only if its wire name matches.
/// So a record can be renamed or moved without breaking other services, and a non-.NET consumer reads plain JSON.
/// </summary>
internal sealed class PublicEventSerializer(EventTypeMap events) : RawMessageSerializer, IMessageSerializer, IMessageDeserializer
{
    private const RawSerializerOptions Options = RawSerializerOptions.AddTransportHeaders | RawSerializerOptions.CopyHeaders;

    public static readonly ContentType EventContentType = new("application/vnd.krisenstab.event+json");

    public ContentType ContentType => EventContentType;

    public void Probe(ProbeContext context)
    {
        var scope = context.CreateScope("json");
        scope.Add("contentType", ContentType.MediaType);
        scope.Add("provider", "Krisenstab public events");
    }

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class
    {
        SetRawMessageHeaders(context);
        context.Headers.Set(MessageHeaders.MessageType, WireName.ToMessageType(events.NameOf(context.Message.GetType())));
        return new SystemTextJsonRawMessageBody<T>(context, ContractJson.Options);
    }

    public ConsumeContext Deserialize(ReceiveContext receiveContext) =>
        new BodyConsumeContext(receiveContext, Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress));

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null)
    {
        try
        {
            using var document = JsonDocument.Parse(body.GetBytes());
            var messageContext = new RawMessageContext(headers, destinationAddress, Options);
            return new PublicEventSerializerContext(events, ContractJson.Options, ContentType, messageContext, headers.GetMessageTypes(),
                Options, document.RootElement.Clone());
        }
        catch (Exception ex) when (ex is not SerializationException)
        {
            throw new SerializationException("The public event's JSON body could not be read.", ex);
        }
    }

    public MessageBody GetMessageBody(string text) => new StringMessageBody(text);
}
