namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>One module's data-subject keys, in its own database but apart from its event log.</summary>
public interface IPersonalKeyStore
{
    /// <summary>The subject's key, created on first use; throws <see cref="PersonalDataErasedException"/> for an erased subject.</summary>
    Task<byte[]> GetOrCreateAsync(string subject, CancellationToken cancellationToken);

    /// <summary>The keys of those subjects that have one (erased and unknown subjects are missing).</summary>
    Task<IReadOnlyDictionary<string, byte[]>> FindAsync(IReadOnlyCollection<string> subjects, CancellationToken cancellationToken);

    /// <summary>Destroys the subject's key for good, keeping only when it was erased; the key's bytes are overwritten where the engine allows.</summary>
    Task<ErasureOutcome> EraseAsync(string subject, DateTimeOffset erasedAt, CancellationToken cancellationToken);
}

public enum ErasureOutcome
{
    Erased,
    AlreadyErased,
    UnknownSubject,
}
