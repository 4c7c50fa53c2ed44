using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Messages;

/// <summary>
/// One published version's way to one target. It is <see cref="DeliveryStatus.Failed"/> from its first refused attempt
/// until one succeeds; only the channel's acceptance makes it <see cref="DeliveryStatus.Delivered"/>.
/// </summary>
public sealed record Delivery(
    int Version,
    DeliveryTarget Target,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError = null,
    DateTimeOffset? DeliveredAt = null)
{
    public string Key => KeyOf(Version, Target.Channel, Target.Target);

    public static string KeyOf(int version, MessageChannel channel, string target) => $"{version}/{channel}/{target}";
}

public enum DeliveryStatus
{
    Pending,
    Failed,
    Delivered,
}
