namespace Krisenstab.Contracts.Communication;

/// <summary>
/// One place a published version goes: a webhook by its configured name, or an e-mail recipient by id, with the
/// language sent (<c>null</c> for a webhook, which carries every language).
/// </summary>
public sealed record DeliveryTarget(MessageChannel Channel, string Target, string? Language);
