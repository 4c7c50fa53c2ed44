using Krisenstab.Contracts.Logbook;
using Krisenstab.Logbook.MessageLog;
using Krisenstab.ServiceDefaults;
using static Krisenstab.Logbook.Tests.Domain.Spec;

namespace Krisenstab.Logbook.Tests.Domain;

public sealed class MessageLogTests
{
    [Fact]
    public void Each_message_takes_the_next_running_number_and_a_repeated_one_adds_nothing()
    {
        var state = GivenMessages(Logged(1, id: Guid.NewGuid()), Logged(2, id: Guid.NewGuid()));
        var logged = Logged(3);
        var command = new LogMessage(CrisisId, MessageId, logged.Direction, logged.Channel, logged.Priority, logged.At, logged.Sender, logged.Recipient, logged.Content);

        var decision = MessageLogCommands.Log(state, command, logged.LoggedAt);

        ThenEvents(decision, logged);
        Assert.Empty(MessageLogCommands.Log(state.Apply(decision.Events[0]), command, Now).Events);
    }

    [Fact]
    public void A_message_is_routed_to_a_function_and_acknowledged_once()
    {
        var state = GivenMessages(Logged());

        var routed = MessageLogCommands.Route(state, MessageId, "S3", Now);
        ThenEvents(routed, new MessageRouted(CrisisId, MessageId, 1, MessagePriority.Blitz, "S3", Now));
        state = state.Apply(routed.Events[0]);
        Assert.Empty(MessageLogCommands.Route(state, MessageId, "s3", Now).Events);

        var acknowledged = MessageLogCommands.Acknowledge(state, MessageId, "head", Now);
        ThenEvents(acknowledged, new MessageAcknowledged(CrisisId, MessageId, 1, MessagePriority.Blitz, "S3", "head", Now));
        ThenRefused(MessageLogCommands.Acknowledge(state.Apply(acknowledged.Events[0]), MessageId, "staff", Now), DomainErrorKind.Conflict, "already-acknowledged");
    }

    [Fact]
    public void An_unknown_message_is_not_found_and_a_blank_function_is_invalid()
    {
        ThenRefused(MessageLogCommands.Acknowledge(GivenMessages(), MessageId, "head", Now), DomainErrorKind.NotFound, "message-not-found");
        ThenInvalid(MessageLogCommands.Route(GivenMessages(Logged()), MessageId, "", Now), "function");
    }

    [Theory]
    [InlineData("", "Leitstelle", "Inhalt", "sender")]
    [InlineData("Polizei", "Leitstelle", "", "content")]
    [InlineData("Polizei", "Leit\u0007stelle", "Inhalt", "recipient")]
    public void A_wrong_message_names_its_field(string sender, string recipient, string content, string field)
    {
        var error = MessageLogCommands.Check(MessageLogDirection.Incoming, MessageLogChannel.Radio, MessagePriority.Sofort, Now, sender, recipient, content, Now);

        Assert.Equal(field, error?.Field);
    }

    [Fact]
    public void A_message_received_in_the_future_is_invalid() =>
        Assert.Equal("at", MessageLogCommands.Check(
            MessageLogDirection.Incoming, MessageLogChannel.Radio, MessagePriority.Sofort, Now.AddHours(1), "Polizei", "Leitstelle", "Inhalt", Now)?.Field);
}
