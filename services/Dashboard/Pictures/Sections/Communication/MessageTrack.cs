using System.Collections.Immutable;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Dashboard.Pictures.Sections.Communication;

/// <summary>
/// One message as the picture follows it, in whatever order its events arrive: the German title per version (the
/// latest writing wins), the last submission and the last decision on it, the version out there, and the failed
/// deliveries with the attempts already accepted (a late failure of an accepted delivery is old news).
/// </summary>
public sealed record MessageTrack(
    Guid MessageId,
    Audience? Audience,
    ImmutableDictionary<int, WrittenVersion> Versions,
    (int Version, DateTimeOffset At)? LastSubmission,
    ImmutableDictionary<int, DateTimeOffset> LastDecision,
    PublishedMessage? Published,
    ImmutableDictionary<string, FailedDelivery> Failures,
    ImmutableDictionary<string, int> Accepted)
{
    public static MessageTrack New(Guid messageId) => new(
        messageId, null, ImmutableDictionary<int, WrittenVersion>.Empty, null, ImmutableDictionary<int, DateTimeOffset>.Empty, null,
        ImmutableDictionary<string, FailedDelivery>.Empty, ImmutableDictionary<string, int>.Empty);

    /// <summary>The submission waiting for a second person, if any.</summary>
    public PendingMessage? Pending => LastSubmission is ({ } version, { } at)
        && !(LastDecision.TryGetValue(version, out var decided) && decided >= at)
        && (Published?.Version ?? 0) < version
            ? new PendingMessage(MessageId, version, Audience, Versions.GetValueOrDefault(version)?.Title, Versions.GetValueOrDefault(version)?.Languages ?? [],
                Versions.GetValueOrDefault(version)?.IsCorrection ?? version > 1, at)
            : null;

    /// <summary>Failures of the version out there, none once it is retracted (retracted versions are not delivered further).</summary>
    public IEnumerable<FailedDelivery> Failed => Published is { RetractionReason: null } published
        ? Failures.Values.Where(f => f.Version == published.Version).Select(f => f with { Title = published.Title })
        : [];

    public MessageTrack Drafted(MessageDrafted e) => (this with { Audience = e.Audience }).Written(1, e.Texts, e.DraftedAt, isCorrection: false);

    public MessageTrack Written(int version, IReadOnlyList<MessageText> texts, DateTimeOffset at, bool isCorrection) =>
        Versions.TryGetValue(version, out var known) && known.At > at
            ? this
            : this with { Versions = Versions.SetItem(version, new WrittenVersion(MessageTitles.German(texts), [.. texts.Select(t => t.Language)], isCorrection, at)) };

    public MessageTrack Submitted(MessageSubmitted e) =>
        LastSubmission is { } last && (last.Version > e.Version || (last.Version == e.Version && last.At > e.SubmittedAt))
            ? this
            : this with { LastSubmission = (e.Version, e.SubmittedAt) };

    public MessageTrack Decided(int version, DateTimeOffset at) =>
        LastDecision.TryGetValue(version, out var known) && known > at ? this : this with { LastDecision = LastDecision.SetItem(version, at) };

    public MessageTrack PublishedAs(MessagePublished e)
    {
        if (Published is { } known && known.Version > e.Version)
        {
            return this;
        }
        var retraction = Published is { RetractedAt: not null } retracted && retracted.Version == e.Version ? retracted : null;
        return this with
        {
            Audience = e.Audience,
            Published = new PublishedMessage(
                MessageId, e.Version, e.Audience, MessageTitles.German(e.Texts), [.. e.Texts.Select(t => t.Language)], e.Channels, e.IsCorrection, e.PublishedAt,
                retraction?.RetractionReason, retraction?.RetractedAt),
        };
    }

    /// <summary>A retraction that arrives before its publication is kept on a placeholder the publication fills in.</summary>
    public MessageTrack Retracted(MessageRetracted e) => this with
    {
        Published = Published is { } published && published.Version >= e.Version
            ? published with { RetractionReason = e.Reason, RetractedAt = e.RetractedAt }
            : new PublishedMessage(MessageId, e.Version, Audience ?? default, Versions.GetValueOrDefault(e.Version)?.Title ?? "", [], [], e.Version > 1, e.RetractedAt, e.Reason, e.RetractedAt),
    };

    public MessageTrack Failure(DeliveryFailed e)
    {
        var key = KeyOf(e.Version, e.Channel, e.Target);
        var older = (Accepted.TryGetValue(key, out var accepted) && accepted > e.Attempt)
            || (Failures.TryGetValue(key, out var known) && known.Attempt > e.Attempt);
        return older
            ? this
            : this with { Failures = Failures.SetItem(key, new FailedDelivery(MessageId, e.Version, null, e.Channel, e.Target, e.Attempt, e.Error, e.AttemptedAt, e.NextAttemptAt)) };
    }

    public MessageTrack Success(DeliverySucceeded e)
    {
        var key = KeyOf(e.Version, e.Channel, e.Target);
        return this with { Failures = Failures.Remove(key), Accepted = Accepted.SetItem(key, e.Attempt) };
    }

    private static string KeyOf(int version, MessageChannel channel, string target) => $"{version}/{channel}/{target}";
}

/// <summary>A version's German title and languages as last written.</summary>
public sealed record WrittenVersion(string Title, IReadOnlyList<string> Languages, bool IsCorrection, DateTimeOffset At);
