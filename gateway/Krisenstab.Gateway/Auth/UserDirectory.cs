using Microsoft.AspNetCore.Identity;

namespace Krisenstab.Gateway.Auth;

/// <summary>The users allowed to sign in, from configuration; checks passwords in constant time per user.</summary>
public sealed class UserDirectory(IReadOnlyList<ConfiguredUser> users)
{
    public const string SectionName = "Krisenstab:Auth:Users";

    private static readonly PasswordHasher<ConfiguredUser> Hasher = new();

    public IReadOnlyList<ConfiguredUser> Users => users;

    /// <summary>The user if the name is known and the password is right; otherwise null.</summary>
    public ConfiguredUser? SignIn(string? name, string? password)
    {
        var user = Find(name);
        return user is not null && password is not null && HasPassword(user, password) ? user : null;
    }

    /// <summary>The configured user of that name, or null.</summary>
    public ConfiguredUser? Find(string? name) => users.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.Ordinal));

    public static bool HasPassword(ConfiguredUser user, string password)
    {
        if (user.PasswordHash is { Length: > 0 } hash)
        {
            return Hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
        }
        return user.Password is { Length: > 0 } plain
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(plain), System.Text.Encoding.UTF8.GetBytes(password));
    }

    public static string HashPassword(string password) => Hasher.HashPassword(new ConfiguredUser(), password);
}
