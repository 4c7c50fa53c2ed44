using Krisenstab.Contracts;

namespace Krisenstab.Messaging.Wire;

internal static class EventTypeMapExtensions
{
    public static bool TryGetName(this EventTypeMap events, Type type, out string name)
    {
        var known = events.Types.Contains(type);
        name = known ? events.NameOf(type) : string.Empty;
        return known;
    }
}
