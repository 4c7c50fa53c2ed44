using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Communication.Messages;

/// <summary>What one delivery attempt came to: accepted by the channel, or refused with a cause free of personal data.</summary>
public sealed record DeliveryOutcome(bool Accepted, string? Error)
{
    public static DeliveryOutcome Success { get; } = new(true, null);

    public static DeliveryOutcome Failure(string error) => new(false, error);
}

/// <summary>Recording delivery attempts: each one an event; a refused one is retried with exponential backoff.</summary>
public static class DeliveryCommands
{
    public static Decision Record(Message state, string deliveryKey, DeliveryOutcome outcome, DeliveryBackoff backoff, DateTimeOffset now)
    {
        if (!state.Deliveries.TryGetValue(deliveryKey, out var delivery) || delivery.Status == DeliveryStatus.Delivered)
        {
            return Decision.Nothing;
        }
        var attempt = delivery.Attempts + 1;
        var target = delivery.Target;
        return outcome.Accepted
            ? Decision.Accept(new DeliverySucceeded(state.Id, delivery.Version, target.Channel, target.Target, attempt, now))
            : Decision.Accept(new DeliveryFailed(state.Id, delivery.Version, target.Channel, target.Target, attempt, outcome.Error ?? "refused", now, now + backoff.After(attempt)));
    }

    /// <summary>True when the delivery is due now and still worth making: its version is the one out there and the message is not retracted.</summary>
    public static bool IsDue(Message state, Delivery delivery, DateTimeOffset now) =>
        delivery.Status != DeliveryStatus.Delivered && delivery.NextAttemptAt <= now && !state.IsRetracted && state.Published?.Number == delivery.Version;
}

/// <summary>The wait after the n-th failed attempt: first, doubled each time, never more than max.</summary>
public sealed record DeliveryBackoff(TimeSpan First, TimeSpan Max)
{
    public TimeSpan After(int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        var wait = First.TotalMilliseconds * factor;
        return wait >= Max.TotalMilliseconds ? Max : TimeSpan.FromMilliseconds(wait);
    }
}
