namespace Krisenstab.Messaging.Wire;

/// <summary>How a public event's stable wire name (<c>situation.crisis-opened.v1</c>) is written as a MassTransit message type.</summary>
internal static class WireName
{
    public static string ToMessageType(string wireName) => "urn:message:" + wireName;
}
