namespace Krisenstab.Communication;

/// <summary>Settings under <c>Krisenstab:Communication</c>, read and checked once at start (see <see cref="CommunicationSettings"/>).</summary>
public sealed class CommunicationOptions
{
    public const string Section = "Krisenstab:Communication";

    /// <summary>How often the delivery worker looks for deliveries that are due.</summary>
    public TimeSpan DeliveryPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after the first failed attempt; doubled after each further one.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The e-mail channel; without a host it is not offered.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The webhook channel: every published message goes to each of these (<c>Webhooks:0:Name</c>, <c>Url</c>, <c>Secret</c>).</summary>
    public List<WebhookOptions> Webhooks { get; set; } = [];
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, StartTlsWhenAvailable or SslOnConnect.</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    /// <summary>The sender, e.g. <c>Krisenstab &lt;lage@landkreis.example&gt;</c>.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

public sealed class WebhookOptions
{
    public string? Name { get; set; }

    public string? Url { get; set; }

    /// <summary>The shared secret the receiver checks the <c>X-Krisenstab-Signature</c> (HMAC-SHA256) with; at least 16 characters.</summary>
    public string? Secret { get; set; }
}
