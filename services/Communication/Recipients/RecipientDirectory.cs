using System.Collections.Immutable;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Recipients;

/// <summary>The recipient lists per audience, kept from the recipient events; thread-safe.</summary>
public sealed class RecipientDirectory
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, Recipient> _recipients = ImmutableDictionary<Guid, Recipient>.Empty;

    public IReadOnlyList<Recipient> Of(Audience audience) => [.. _recipients.Values.Where(r => r.Audience == audience && !r.Removed).OrderBy(r => r.Id)];

    public Recipient? Find(Guid id) => _recipients.GetValueOrDefault(id);

    public void Apply(object @event)
    {
        lock (_gate)
        {
            _recipients = @event switch
            {
                RecipientAdded e => _recipients.SetItem(e.RecipientId, Recipient.None.Apply(e)),
                RecipientRemoved e when _recipients.TryGetValue(e.RecipientId, out var r) => _recipients.SetItem(e.RecipientId, r.Apply(e)),
                _ => _recipients,
            };
        }
    }
}
