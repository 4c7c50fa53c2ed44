namespace Krisenstab.Contracts.Communication;

/// <summary>
/// One delivery attempt the channel did not accept; <see cref="Error"/> names the cause without personal data (an SMTP
/// or HTTP status, a socket error), and the next attempt is due at <see cref="NextAttemptAt"/>.
/// </summary>
[EventName("communication.delivery-failed.v1")]
public sealed record DeliveryFailed(
    Guid MessageId,
    int Version,
    MessageChannel Channel,
    string Target,
    int Attempt,
    string Error,
    DateTimeOffset AttemptedAt,
    DateTimeOffset NextAttemptAt);
