using Krisenstab.Contracts;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Recipients;

/// <summary>One e-mail recipient of an audience (stream <c>recipient-{id}</c>); the address stays sealed as personal data.</summary>
public sealed record Recipient(Guid Id, Audience Audience, PersonalText? Address, string Language, bool Removed)
{
    public const string Category = "recipient";

    public static Recipient None { get; } = new(Guid.Empty, Audience.Public, null, "", false);

    public bool Exists => Id != Guid.Empty;

    public Recipient Apply(object @event) => @event switch
    {
        RecipientAdded e => new Recipient(e.RecipientId, e.Audience, e.Address, e.Language, false),
        RecipientRemoved => this with { Removed = true },
        _ => this,
    };
}
