using Krisenstab.Contracts;

namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>
/// One module's personal data: seals a field with its subject's key before it goes into an event, reveals it when it is
/// shown, erases a subject by destroying the key. Plaintext lives only in the request and the response: events, aggregate
/// states and read models hold <see cref="PersonalText"/>, so an erasure takes effect at once everywhere, without
/// rebuilding anything. Registered keyed by the module's store name (<see cref="PersonalDataServiceCollectionExtensions"/>).
/// </summary>
public sealed class PersonalDataVault(IPersonalKeyStore keys, TimeProvider time)
{
    public async Task<PersonalText> SealAsync(string subject, string plaintext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = await keys.GetOrCreateAsync(PersonalSubject.Checked(subject), cancellationToken);
        return new PersonalText(subject, PersonalDataCipher.Seal(key, subject, plaintext));
    }

    /// <summary>The plaintext, or <see cref="PersonalText.Erased"/> when the subject's key is gone.</summary>
    public async Task<string> RevealAsync(PersonalText text, CancellationToken cancellationToken) =>
        (await RevealAsync([text], cancellationToken))[0]!;

    /// <summary>Each field's plaintext in the given order (null stays null), with one key lookup for all subjects.</summary>
    public async Task<IReadOnlyList<string?>> RevealAsync(IReadOnlyList<PersonalText?> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var subjects = texts.OfType<PersonalText>().Select(t => t.Subject).Distinct(StringComparer.Ordinal).ToList();
        var found = subjects.Count == 0 ? new Dictionary<string, byte[]>() : await keys.FindAsync(subjects, cancellationToken);
        return [.. texts.Select(text => text is null ? null
            : found.TryGetValue(text.Subject, out var key) ? PersonalDataCipher.Open(key, text.Subject, text.Sealed)
            : PersonalText.Erased)];
    }

    public Task<ErasureOutcome> EraseAsync(string subject, CancellationToken cancellationToken) =>
        keys.EraseAsync(PersonalSubject.Checked(subject), time.GetUtcNow(), cancellationToken);
}
