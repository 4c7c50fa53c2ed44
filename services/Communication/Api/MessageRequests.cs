using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Api;

public sealed record DraftMessageRequest(
    Guid CrisisId, Audience? Audience, IReadOnlyList<MessageChannel>? Channels, IReadOnlyList<MessageText>? Texts, DateTimeOffset? ValidUntil);

public sealed record ReviseMessageRequest(IReadOnlyList<MessageText>? Texts, DateTimeOffset? ValidUntil);

public sealed record CorrectMessageRequest(IReadOnlyList<MessageText>? Texts, DateTimeOffset? ValidUntil, string? Note);

public sealed record ReasonRequest(string? Reason);

public sealed record AddRecipientRequest(Audience? Audience, string? Address, string? Language);

public sealed record Created(Guid Id);
