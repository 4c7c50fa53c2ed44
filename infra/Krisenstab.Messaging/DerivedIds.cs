using System.Security.Cryptography;
using System.Text;

namespace Krisenstab.Messaging;

/// <summary>
/// Deterministic ids for events a consumer appends in reaction to a message: the same message and purpose always give
/// the same id, so a redelivered message's append is recognised by the store instead of stored twice.
/// The id is a UUID v7 that keeps the timestamp of a v7 message id (so ids stay roughly time-ordered).
/// </summary>
public static class DerivedIds
{
    public static Guid From(Guid messageId, string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var messageBytes = messageId.ToByteArray(bigEndian: true);
        var hash = SHA256.HashData([.. messageBytes, .. Encoding.UTF8.GetBytes(purpose)]);

        var id = hash[..16];
        messageBytes.AsSpan(0, 6).CopyTo(id);           // 48-bit unix-ms timestamp of a v7 message id
        id[6] = (byte)(0x70 | (id[6] & 0x0F));          // version 7
        id[8] = (byte)(0x80 | (id[8] & 0x3F));          // RFC 9562 variant
        return new Guid(id, bigEndian: true);
    }
}
