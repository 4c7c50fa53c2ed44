namespace Krisenstab.Contracts;

/// <summary>
/// A personal field of an event (a name, a phone number, free text about a person), never stored in plain text: sealed
/// with the key of its data subject (AES-GCM), so that erasing the subject's key erases the field everywhere the event
/// went — store, bus, other services' journals — while the event itself stays. <see cref="Sealed"/> is
/// base64(nonce ‖ ciphertext ‖ tag); the owning module seals and reveals it with its personal-data vault
/// (Krisenstab.ServiceDefaults.PersonalData).
/// </summary>
public sealed record PersonalText(string Subject, string Sealed)
{
    /// <summary>What an erased (or unknown) subject's field reads as.</summary>
    public const string Erased = "[gelöscht]";
}
