namespace Krisenstab.Contracts.Logbook;

/// <summary>Message <see cref="Number"/> was routed to a function of the staff (e.g. S3) to deal with it.</summary>
[EventName("logbook.message-routed.v1")]
public sealed record MessageRouted(Guid CrisisId, Guid MessageId, int Number, MessagePriority Priority, string Function, DateTimeOffset RoutedAt) : ILogbookEvent;
