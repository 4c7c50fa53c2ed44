namespace Krisenstab.Contracts.Communication;

/// <summary>An e-mail address joined an audience's recipient list; the address is personal data, the language its reader's.</summary>
[EventName("communication.recipient-added.v1")]
public sealed record RecipientAdded(Guid RecipientId, Audience Audience, PersonalText Address, string Language, DateTimeOffset AddedAt);
