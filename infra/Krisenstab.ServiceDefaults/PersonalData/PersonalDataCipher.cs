using System.Security.Cryptography;
using System.Text;

namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>AES-256-GCM with a fresh 96-bit nonce per field; the subject id is authenticated data, so a sealed field cannot be moved to another subject.</summary>
internal static class PersonalDataCipher
{
    public const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static string Seal(byte[] key, string subject, string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(subject));
        CryptographicOperations.ZeroMemory(plain);
        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> when the field was altered or sealed with another key.</summary>
    public static string Open(byte[] key, string subject, string sealedText)
    {
        var sealedBytes = Convert.FromBase64String(sealedText);
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("A sealed personal field is too short.");
        }
        var cipherLength = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, cipherLength), sealedBytes.AsSpan(NonceSize + cipherLength), plain,
            Encoding.UTF8.GetBytes(subject));
        return Encoding.UTF8.GetString(plain);
    }
}
