using Krisenstab.ServiceDefaults.PersonalData;

namespace Krisenstab.Logbook.MessageLog;

/// <summary>The log's messages for an answer: senders and recipients revealed with one key lookup for all.</summary>
public static class MessageLogPresenter
{
    public static async Task<IReadOnlyList<LoggedMessageView>> ViewsAsync(MessageLogState log, PersonalDataVault vault, CancellationToken cancellationToken)
    {
        var revealed = await vault.RevealAsync([.. log.Messages.SelectMany(m => new[] { m.Sender, m.Recipient })], cancellationToken);
        return [.. log.Messages.Select((m, i) => new LoggedMessageView(
            m.Id, m.Number, m.Direction, m.Channel, m.Priority, m.At, revealed[2 * i] ?? "", revealed[(2 * i) + 1] ?? "", m.Content,
            m.LoggedAt, m.Function, m.RoutedAt, m.AcknowledgedBy, m.AcknowledgedAt))];
    }
}
