using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Communication.Messages;

public sealed record DraftMessage(
    Guid MessageId, Guid CrisisId, Audience Audience, IReadOnlyList<MessageChannel>? Channels, IReadOnlyList<MessageText>? Texts, DateTimeOffset? ValidUntil, string AuthorId);

public sealed record ReviseMessage(IReadOnlyList<MessageText>? Texts, DateTimeOffset? ValidUntil, string ActorId);

public sealed record CorrectMessage(IReadOnlyList<MessageText>? Texts, DateTimeOffset? ValidUntil, string? Note, string AuthorId);

/// <summary><paramref name="ApproverRole"/>: press or head when the person holds one, else null.</summary>
public sealed record ApproveMessage(string ApproverId, string? ApproverRole);

/// <summary>A message's four-eyes path as pure decisions (state, command, now) → events or a refusal.</summary>
public static class MessageCommands
{
    /// <summary>The error code of an approval by the version's own author; the API answers it 403.</summary>
    public const string OwnMessage = "own-message";

    /// <summary>The error code of an approval by someone without the role press or head; the API answers it 403.</summary>
    public const string NotAnApprover = "not-an-approver";

    public static Decision Draft(Message state, DraftMessage command, IReadOnlySet<MessageChannel> available, DateTimeOffset now)
    {
        if (state.Exists)
        {
            return DomainError.Conflict("message-exists", $"Message {command.MessageId} exists already.");
        }
        if (command.CrisisId == Guid.Empty)
        {
            return DomainError.Invalid("crisisId", "'crisisId' must name the crisis the message belongs to.");
        }
        if (!Enum.IsDefined(command.Audience))
        {
            return DomainError.Invalid("audience", "'audience' must be public, council, volunteers, refugees or staff.");
        }
        if (command.Channels is not { Count: > 0 } channels || channels.Any(c => !Enum.IsDefined(c)))
        {
            return DomainError.Invalid("channels", "'channels' must name at least one of feed, email, webhook.");
        }
        if (channels.Where(c => !available.Contains(c)).Select(c => c.ToString().ToLowerInvariant()).FirstOrDefault() is { } unavailable)
        {
            return DomainError.Invalid("channels", $"The channel '{unavailable}' is not configured here (see Krisenstab:Communication in the README).");
        }
        var (texts, invalid) = Checked(command.Texts, command.ValidUntil, now);
        if (invalid is not null)
        {
            return invalid;
        }
        return Decision.Accept(new MessageDrafted(
            command.MessageId, command.CrisisId, command.Audience, [.. channels.Distinct().Order()], texts, command.ValidUntil, command.AuthorId, now));
    }

    public static Decision Revise(Message state, ReviseMessage command, DateTimeOffset now)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.Current.Status is not (VersionStatus.Draft or VersionStatus.Rejected))
        {
            return DomainError.Conflict("not-editable", $"Version {state.Current.Number} is {Describe(state.Current.Status)}; only a draft or a rejected version can be revised.");
        }
        var (texts, invalid) = Checked(command.Texts, command.ValidUntil, now);
        return invalid ?? Decision.Accept(new MessageRevised(state.Id, state.Current.Number, texts, command.ValidUntil, command.ActorId, now));
    }

    public static Decision Submit(Message state, string actorId, DateTimeOffset now)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        return state.Current.Status switch
        {
            VersionStatus.Submitted => Decision.Nothing,
            VersionStatus.Draft => Decision.Accept(new MessageSubmitted(state.Id, state.CrisisId, state.Current.Number, actorId, now)),
            var status => DomainError.Conflict("not-a-draft", $"Version {state.Current.Number} is {Describe(status)}; only a draft can be submitted."),
        };
    }

    public static Decision Approve(Message state, ApproveMessage command, DateTimeOffset now)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.Current.Status != VersionStatus.Submitted)
        {
            return DomainError.Conflict("not-submitted", $"Version {state.Current.Number} is {Describe(state.Current.Status)}; only a submitted version can be approved.");
        }
        if (string.Equals(command.ApproverId, state.Current.AuthorId, StringComparison.Ordinal))
        {
            return new DomainError(DomainErrorKind.Conflict, OwnMessage, "The author cannot approve their own message; a second person with the role press or head must.");
        }
        if (command.ApproverRole is not (Roles.Press or Roles.Head))
        {
            return new DomainError(DomainErrorKind.Conflict, NotAnApprover, "Only a person with the role press or head can approve a message.");
        }
        return Decision.Accept(new MessageApproved(state.Id, state.Current.Number, command.ApproverId, command.ApproverRole, now));
    }

    public static Decision Reject(Message state, string actorId, string? reason, DateTimeOffset now)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (MessageInput.Reason(reason, "reason") is { } invalid)
        {
            return invalid;
        }
        if (state.Current.Status is not (VersionStatus.Submitted or VersionStatus.Approved))
        {
            return DomainError.Conflict("not-submitted", $"Version {state.Current.Number} is {Describe(state.Current.Status)}; only a submitted or approved version can be rejected.");
        }
        return Decision.Accept(new MessageRejected(state.Id, state.Current.Number, actorId, reason!.Trim(), now));
    }

    /// <param name="targets">Where the version goes besides the feed: the configured webhooks, the audience's e-mail recipients.</param>
    public static Decision Publish(Message state, IReadOnlyList<DeliveryTarget> targets, string actorId, DateTimeOffset now)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        var version = state.Current;
        if (version.Status == VersionStatus.Published)
        {
            return Decision.Nothing;
        }
        if (version.Status != VersionStatus.Approved)
        {
            return DomainError.Conflict("not-approved", $"Version {version.Number} is {Describe(version.Status)}; a message is published only once a second person approved it.");
        }
        if (version.ValidUntil is { } until && until <= now)
        {
            return DomainError.Conflict("expired", $"Version {version.Number} was valid until {until:u}; revise it before publishing.");
        }
        var wanted = targets.Where(t => state.Channels.Contains(t.Channel)).ToList();
        return Decision.Accept(new MessagePublished(
            state.Id, state.CrisisId, version.Number, state.Audience, state.Channels, version.Texts, version.ValidUntil, version.IsCorrection, version.CorrectionNote,
            wanted, actorId, now));
    }

    public static Decision Correct(Message state, CorrectMessage command, DateTimeOffset now)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (state.IsRetracted || state.Published is null)
        {
            return DomainError.Conflict("not-published", "Only a published message that is not retracted can be corrected.");
        }
        if (state.Current.Status != VersionStatus.Published)
        {
            return DomainError.Conflict("correction-pending", $"Version {state.Current.Number} is {Describe(state.Current.Status)}; finish it before correcting again.");
        }
        if (MessageInput.Reason(command.Note, "note") is { } noNote)
        {
            return noNote;
        }
        var (texts, invalid) = Checked(command.Texts, command.ValidUntil, now);
        return invalid ?? Decision.Accept(new CorrectionDrafted(state.Id, state.Current.Number + 1, texts, command.ValidUntil, command.Note!.Trim(), command.AuthorId, now));
    }

    public static Decision Retract(Message state, string actorId, string? reason, DateTimeOffset now)
    {
        if (Missing(state) is { } missing)
        {
            return missing;
        }
        if (MessageInput.Reason(reason, "reason") is { } invalid)
        {
            return invalid;
        }
        if (state.IsRetracted)
        {
            return Decision.Nothing;
        }
        if (state.Published is not { } published)
        {
            return DomainError.Conflict("not-published", "Only a published message can be retracted; a draft is simply not submitted.");
        }
        return Decision.Accept(new MessageRetracted(state.Id, state.CrisisId, published.Number, reason!.Trim(), actorId, now));
    }

    private static DomainError? Missing(Message state) =>
        state.Exists ? null : DomainError.NotFound("message", "There is no such message.");

    private static (IReadOnlyList<MessageText> Texts, DomainError? Error) Checked(IReadOnlyList<MessageText>? texts, DateTimeOffset? validUntil, DateTimeOffset now)
    {
        if (validUntil is { } until && until <= now)
        {
            return ([], DomainError.Invalid("validUntil", "'validUntil' must lie in the future."));
        }
        return MessageInput.Texts(texts);
    }

    private static string Describe(VersionStatus status) => status.ToString().ToLowerInvariant();
}
