using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Testing;

namespace Krisenstab.Communication.Tests.Domain;

/// <summary>Given events / when a decision / then events or a refusal — pure, no I/O.</summary>
public static class Spec
{
    public static readonly DateTimeOffset Now = new(2022, 3, 14, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly Guid MessageId = Guid.Parse("0193a5b0-0000-7000-8000-0000000000c1");
    public static readonly Guid CrisisId = Guid.Parse("0193a5b0-0000-7000-8000-0000000000c2");
    public const string Author = "user-staff";
    public const string Approver = "user-press";

    public static readonly IReadOnlySet<MessageChannel> AllChannels = new HashSet<MessageChannel> { MessageChannel.Feed, MessageChannel.Email, MessageChannel.Webhook };

    public static MessageText German { get; } = new("de", "Ausgabestelle geöffnet", "Die Ausgabestelle im Rathaus ist ab 10 Uhr geöffnet.");
    public static MessageText Ukrainian { get; } = new("uk", "Пункт видачі відкрито", "Пункт видачі в ратуші відкритий з 10 години.");
    public static MessageText Arabic { get; } = new("ar", "تم فتح نقطة التوزيع", "نقطة التوزيع في مبنى البلدية مفتوحة من الساعة العاشرة.");

    public static MessageDrafted Drafted(params MessageText[] texts) =>
        new(MessageId, CrisisId, Audience.Public, [MessageChannel.Feed], texts.Length == 0 ? [German, Ukrainian] : texts, null, Author, Now.AddHours(-2));

    public static MessageSubmitted Submitted(int version = 1) => new(MessageId, CrisisId, version, Author, Now.AddHours(-1));

    public static MessageApproved Approved(int version = 1) => new(MessageId, version, Approver, Roles.Press, Now.AddMinutes(-30));

    public static MessagePublished Published(int version = 1, IReadOnlyList<DeliveryTarget>? targets = null) =>
        new(MessageId, CrisisId, version, Audience.Public, [MessageChannel.Feed], [German, Ukrainian], null, false, null, targets ?? [], Approver, Now.AddMinutes(-10));

    public static Message Given(params object[] events) => events.Aggregate(Message.None, (state, e) => state.Apply(e));

    public static DraftMessage Draft(params MessageText[] texts) => new(MessageId, CrisisId, Audience.Public, [MessageChannel.Feed], texts, null, Author);

    public static void ThenEvents(Decision decision, params object[] expected) => DecisionAssertions.ThenEvents(decision, expected);

    public static DomainError ThenRefused(Decision decision, DomainErrorKind kind, string code) => DecisionAssertions.ThenRefused(decision, kind, code);

    public static void ThenInvalid(Decision decision, string field) => DecisionAssertions.ThenInvalid(decision, field);
}
