using System.Net.Sockets;
using Krisenstab.Communication.Messages;
using Krisenstab.Communication.Recipients;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults.PersonalData;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Krisenstab.Communication.Channels;

/// <summary>
/// Sends the version to one recipient over SMTP (MailKit), in the recipient's language; the server's acceptance of the
/// mail is the delivery. Causes name SMTP status codes, never the address.
/// </summary>
public sealed class EmailChannel(
    CommunicationSettings settings, RecipientDirectory recipients, [FromKeyedServices(CommunicationModule.StoreName)] PersonalDataVault vault) : IDeliveryChannel
{
    public MessageChannel Channel => MessageChannel.Email;

    public async Task<DeliveryOutcome> DeliverAsync(Message message, MessageVersion version, DeliveryTarget target, CancellationToken cancellationToken)
    {
        if (settings.Smtp is not { } smtp)
        {
            return DeliveryOutcome.Failure("e-mail is no longer configured");
        }
        if (!Guid.TryParse(target.Target, out var id) || recipients.Find(id) is not { Removed: false } recipient)
        {
            return DeliveryOutcome.Failure("recipient removed");
        }
        var address = (await vault.RevealAsync([recipient.Address], cancellationToken))[0];
        if (address is null or PersonalText.Erased || !MailboxAddress.TryParse(address, out var to))
        {
            return DeliveryOutcome.Failure("recipient erased");
        }
        var text = version.Texts.First(t => t.Language == target.Language);
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
            if (smtp.UserName is { Length: > 0 })
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
            await client.SendAsync(EmailMessage.Of(smtp.From, to, message, version, text), cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return DeliveryOutcome.Success;
        }
        catch (SmtpCommandException refused)
        {
            return DeliveryOutcome.Failure($"SMTP {(int)refused.StatusCode} ({refused.ErrorCode})");
        }
        catch (SocketException socket)
        {
            return DeliveryOutcome.Failure($"socket {socket.SocketErrorCode}");
        }
        catch (Exception failure) when (failure is SmtpProtocolException or AuthenticationException or SslHandshakeException or ServiceNotConnectedException or IOException)
        {
            return DeliveryOutcome.Failure($"SMTP {failure.GetType().Name}");
        }
    }
}
