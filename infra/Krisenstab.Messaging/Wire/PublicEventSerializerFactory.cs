using System.Net.Mime;
using Krisenstab.Contracts;
using MassTransit;

namespace Krisenstab.Messaging.Wire;

/// <summary>Registers <see cref="PublicEventSerializer"/> under its content type.</summary>
internal sealed class PublicEventSerializerFactory(EventTypeMap events) : ISerializerFactory
{
    private readonly PublicEventSerializer _serializer = new(events);

    public ContentType ContentType => PublicEventSerializer.EventContentType;

    public IMessageSerializer CreateSerializer() => _serializer;

    public IMessageDeserializer CreateDeserializer() => _serializer;
}
