namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>A subject's row in a key store: its key, or null once erased.</summary>
internal sealed record KeyRow(byte[]? Key)
{
    public static ErasureOutcome OutcomeOfErasing(KeyRow? row) => row switch
    {
        null => ErasureOutcome.UnknownSubject,
        { Key: null } => ErasureOutcome.AlreadyErased,
        _ => ErasureOutcome.Erased,
    };
}
