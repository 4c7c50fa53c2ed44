namespace Krisenstab.Contracts.Logbook;

/// <summary>Whether the staff received the message or sent it.</summary>
public enum MessageLogDirection
{
    Incoming,
    Outgoing,
}

/// <summary>How the message came or went.</summary>
public enum MessageLogChannel
{
    Phone,
    Email,
    Radio,
    Paper,
}

/// <summary>
/// The message's priority as German staffs write it (on the wire <c>einfach</c>, <c>sofort</c>, <c>blitz</c>): a
/// <see cref="Blitz"/> message goes before everything and stays in view until acknowledged.
/// </summary>
public enum MessagePriority
{
    Einfach,
    Sofort,
    Blitz,
}
