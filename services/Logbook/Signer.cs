using System.Security.Claims;

namespace Krisenstab.Logbook;

/// <summary>Who is signed in, by the name the logs record: the token's subject (this gateway issues the user name).</summary>
public static class Signer
{
    public static string NameOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity?.Name ?? "";
}
