using Krisenstab.Contracts.Logbook;

namespace Krisenstab.Logbook.MessageLog;

/// <summary>A message received or sent at <paramref name="At"/>; priority defaults to <c>einfach</c>.</summary>
public sealed record LogMessageRequest(
    MessageLogDirection? Direction,
    MessageLogChannel? Channel,
    MessagePriority? Priority,
    DateTimeOffset? At,
    string? Sender,
    string? Recipient,
    string? Content);

public sealed record RouteMessageRequest(string? Function);

public sealed record MessageCreated(Guid Id, int Number);

/// <summary>A message as the log shows it, sender and recipient revealed (or <c>[gelöscht]</c> once erased).</summary>
public sealed record LoggedMessageView(
    Guid Id,
    int Number,
    MessageLogDirection Direction,
    MessageLogChannel Channel,
    MessagePriority Priority,
    DateTimeOffset At,
    string Sender,
    string Recipient,
    string Content,
    DateTimeOffset LoggedAt,
    string? Function,
    DateTimeOffset? RoutedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt);
