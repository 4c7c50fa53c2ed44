using Krisenstab.Contracts;
using MassTransit;

namespace Krisenstab.Messaging.Wire;

/// <summary>Names the exchange (topic) of a public event by its wire name; other messages keep MassTransit's names.</summary>
internal sealed class WireNameEntityNameFormatter(EventTypeMap events, IEntityNameFormatter fallback) : IEntityNameFormatter
{
    public string FormatEntityName<T>() =>
        events.TryGetName(typeof(T), out var name) ? name : fallback.FormatEntityName<T>();
}
