using System.Reflection;
using Krisenstab.Contracts;
using MassTransit;

namespace Krisenstab.Messaging.Wire;

/// <summary>Makes the bus send, publish and consume public events by their stable wire names.</summary>
internal static class PublicEventTopology
{
    private static readonly MethodInfo UseEventSerializerMethod =
        typeof(PublicEventTopology).GetMethod(nameof(UseEventSerializer), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void UsePublicEventWireNames(this IBusFactoryConfigurator bus, EventTypeMap events)
    {
        bus.MessageTopology.SetEntityNameFormatter(new WireNameEntityNameFormatter(events, bus.MessageTopology.EntityNameFormatter));

        var factory = new PublicEventSerializerFactory(events);
        bus.AddSerializer(factory, isSerializer: false);
        bus.AddDeserializer(factory);
        foreach (var type in events.Types)
        {
            UseEventSerializerMethod.MakeGenericMethod(type).Invoke(null, [bus]);
        }
    }

    private static void UseEventSerializer<T>(IBusFactoryConfigurator bus)
        where T : class =>
        bus.Send<T>(send => send.UseSerializer(PublicEventSerializer.EventContentType));
}
