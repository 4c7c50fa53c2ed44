namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>New personal data for a subject whose data was erased: refused, the erasure is final.</summary>
public sealed class PersonalDataErasedException(string subject)
    : InvalidOperationException($"The personal data of '{subject}' was erased; nothing new is stored for this subject.")
{
    public string Subject { get; } = subject;
}
