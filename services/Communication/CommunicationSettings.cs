using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults.Startup;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace Krisenstab.Communication;

/// <summary>A webhook as checked at start.</summary>
public sealed record Webhook(string Name, Uri Url, string Secret);

/// <summary>The e-mail channel as checked at start.</summary>
public sealed record SmtpSettings(string Host, int Port, SecureSocketOptions Security, MailboxAddress From, string? UserName, string? Password);

/// <summary>The checked settings of the communication service (see <see cref="CommunicationOptions"/>).</summary>
public sealed record CommunicationSettings(TimeSpan DeliveryPollInterval, DeliveryBackoff Backoff, SmtpSettings? Smtp, IReadOnlyList<Webhook> Webhooks)
{
    public const int MinSecretLength = 16;

    /// <summary>The channels a message may name here: the feed always, e-mail with an SMTP host, webhooks when any is set.</summary>
    public IReadOnlySet<MessageChannel> Channels { get; } = new HashSet<MessageChannel>(
        new[] { MessageChannel.Feed }.Concat(Smtp is null ? [] : [MessageChannel.Email]).Concat(Webhooks.Count == 0 ? [] : [MessageChannel.Webhook]));

    public static CommunicationSettings Read(IConfiguration configuration) =>
        Check(configuration.GetSection(CommunicationOptions.Section).Get<CommunicationOptions>() ?? new CommunicationOptions());

    /// <summary>Throws <see cref="StartupConfigurationException"/> with one line naming the setting that cannot work.</summary>
    public static CommunicationSettings Check(CommunicationOptions options)
    {
        const string section = CommunicationOptions.Section;
        Positive(options.DeliveryPollInterval, $"{section}:DeliveryPollInterval");
        Positive(options.FirstRetryAfter, $"{section}:FirstRetryAfter");
        if (options.MaxRetryAfter < options.FirstRetryAfter)
        {
            throw new StartupConfigurationException($"{section}:MaxRetryAfter ({options.MaxRetryAfter}) must not be shorter than FirstRetryAfter ({options.FirstRetryAfter}).");
        }
        var webhooks = options.Webhooks.Select((w, i) => CheckWebhook(w, $"{section}:Webhooks:{i}")).ToList();
        if (webhooks.GroupBy(w => w.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new StartupConfigurationException($"{section}:Webhooks: the name '{twice.Key}' is used twice; each webhook needs its own name.");
        }
        return new CommunicationSettings(
            options.DeliveryPollInterval, new DeliveryBackoff(options.FirstRetryAfter, options.MaxRetryAfter), CheckSmtp(options.Smtp, $"{section}:Smtp"), webhooks);
    }

    private static SmtpSettings? CheckSmtp(SmtpOptions smtp, string prefix)
    {
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return null;
        }
        if (smtp.Port is < 1 or > 65535)
        {
            throw new StartupConfigurationException($"{prefix}:Port must be between 1 and 65535, not {smtp.Port}.");
        }
        if (!Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var security) || security == SecureSocketOptions.Auto)
        {
            throw new StartupConfigurationException($"{prefix}:Security must be None, StartTls, StartTlsWhenAvailable or SslOnConnect, not '{smtp.Security}'.");
        }
        if (!MailboxAddress.TryParse(smtp.From, out var from))
        {
            throw new StartupConfigurationException($"{prefix}:From must be the sender's address (e.g. lage@landkreis.example) when {prefix}:Host is set.");
        }
        return new SmtpSettings(smtp.Host.Trim(), smtp.Port, security, from, smtp.UserName, smtp.Password);
    }

    private static Webhook CheckWebhook(WebhookOptions webhook, string prefix)
    {
        if (string.IsNullOrWhiteSpace(webhook.Name) || webhook.Name.Contains('/', StringComparison.Ordinal))
        {
            throw new StartupConfigurationException($"{prefix}:Name must name the webhook (no '/').");
        }
        if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new StartupConfigurationException($"{prefix}:Url must be an absolute http or https address, not '{webhook.Url}'.");
        }
        if (webhook.Secret is not { Length: >= MinSecretLength })
        {
            throw new StartupConfigurationException($"{prefix}:Secret must be a shared secret of at least {MinSecretLength} characters.");
        }
        return new Webhook(webhook.Name.Trim(), url, webhook.Secret);
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new StartupConfigurationException($"{name} must be a positive time span (e.g. 00:00:30), not {value}.");
        }
    }
}
