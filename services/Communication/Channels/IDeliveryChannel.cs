using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Channels;

/// <summary>
/// A channel that pushes a published version to one target and says whether the other side accepted it. Adapters never
/// throw for a refusal: they answer <see cref="DeliveryOutcome.Failure"/> with a cause free of personal data.
/// </summary>
public interface IDeliveryChannel
{
    MessageChannel Channel { get; }

    Task<DeliveryOutcome> DeliverAsync(Message message, MessageVersion version, DeliveryTarget target, CancellationToken cancellationToken);
}
