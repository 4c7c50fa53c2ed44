using System.Security.Cryptography;
using System.Text;

namespace Krisenstab.Communication.Channels;

/// <summary>The <c>X-Krisenstab-Signature</c> header: <c>sha256=</c> and the lowercase hex HMAC-SHA256 of the body under the shared secret.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Krisenstab-Signature";
    public const string DeliveryHeader = "X-Krisenstab-Delivery";

    public static string Of(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Matches(string? header, ReadOnlySpan<byte> body, string secret) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(header), Encoding.ASCII.GetBytes(Of(body, secret)));
}
