namespace Krisenstab.Contracts.Communication;

/// <summary>How a published message reaches its audience: the Atom feed, e-mail over SMTP, or a signed webhook.</summary>
public enum MessageChannel
{
    Feed,
    Email,
    Webhook,
}
