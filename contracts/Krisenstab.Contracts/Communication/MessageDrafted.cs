namespace Krisenstab.Contracts.Communication;

/// <summary>A message's first version was written by <see cref="AuthorId"/> for one audience, its channels and languages.</summary>
[EventName("communication.message-drafted.v1")]
public sealed record MessageDrafted(
    Guid MessageId,
    Guid CrisisId,
    Audience Audience,
    IReadOnlyList<MessageChannel> Channels,
    IReadOnlyList<MessageText> Texts,
    DateTimeOffset? ValidUntil,
    string AuthorId,
    DateTimeOffset DraftedAt);
