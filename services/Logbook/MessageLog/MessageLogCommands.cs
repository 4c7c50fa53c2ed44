using Krisenstab.Contracts;
using Krisenstab.Contracts.Logbook;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Logbook.MessageLog;

/// <summary>A message to log, its sender and recipient already sealed (the endpoint checks them before sealing).</summary>
public sealed record LogMessage(
    Guid CrisisId, Guid MessageId, MessageLogDirection Direction, MessageLogChannel Channel, MessagePriority Priority,
    DateTimeOffset At, PersonalText Sender, PersonalText Recipient, string Content);

/// <summary>The message log as pure decisions. Each message takes the next running number, decided on the whole log.</summary>
public static class MessageLogCommands
{
    /// <summary>The input checks of a message, before anything is sealed.</summary>
    public static DomainError? Check(MessageLogDirection direction, MessageLogChannel channel, MessagePriority priority, DateTimeOffset at,
        string? sender, string? recipient, string? content, DateTimeOffset now) =>
        LogbookInput.First(
            LogbookInput.Known(direction, "direction"),
            LogbookInput.Known(channel, "channel"),
            LogbookInput.Known(priority, "priority"),
            LogbookInput.NotInFuture(at, "at", now),
            LogbookInput.Text(sender, "sender", LogbookInput.MaxShortLength),
            LogbookInput.Text(recipient, "recipient", LogbookInput.MaxShortLength),
            LogbookInput.Text(content, "content"));

    public static Decision Log(MessageLogState state, LogMessage command, DateTimeOffset now) =>
        state.Find(command.MessageId) is not null
            ? Decision.Nothing
            : Decision.Accept(new MessageLogged(
                command.CrisisId, command.MessageId, state.NextNumber, command.Direction, command.Channel, command.Priority,
                command.At, command.Sender, command.Recipient, command.Content.Trim(), now));

    public static Decision Route(MessageLogState state, Guid messageId, string? function, DateTimeOffset now)
    {
        if (LogbookInput.Text(function, "function", LogbookInput.MaxShortLength) is { } invalid)
        {
            return invalid;
        }
        if (state.Find(messageId) is not { } message)
        {
            return NotFound(messageId);
        }
        return string.Equals(message.Function, function!.Trim(), StringComparison.OrdinalIgnoreCase)
            ? Decision.Nothing
            : Decision.Accept(new MessageRouted(state.CrisisId, messageId, message.Number, message.Priority, function.Trim(), now));
    }

    public static Decision Acknowledge(MessageLogState state, Guid messageId, string user, DateTimeOffset now)
    {
        if (state.Find(messageId) is not { } message)
        {
            return NotFound(messageId);
        }
        return message.AcknowledgedBy is { } by
            ? DomainError.Conflict("already-acknowledged", $"Message {message.Number} was acknowledged by {by} already.")
            : Decision.Accept(new MessageAcknowledged(state.CrisisId, messageId, message.Number, message.Priority, message.Function, user, now));
    }

    private static DomainError NotFound(Guid messageId) => DomainError.NotFound("message", $"The message log has no message {messageId}.");
}
