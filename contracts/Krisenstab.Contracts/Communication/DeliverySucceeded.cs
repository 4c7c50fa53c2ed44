namespace Krisenstab.Contracts.Communication;

/// <summary>The channel accepted the version (SMTP server took the mail, the webhook answered 2xx) at attempt <see cref="Attempt"/>.</summary>
[EventName("communication.delivery-succeeded.v1")]
public sealed record DeliverySucceeded(Guid MessageId, int Version, MessageChannel Channel, string Target, int Attempt, DateTimeOffset DeliveredAt);
