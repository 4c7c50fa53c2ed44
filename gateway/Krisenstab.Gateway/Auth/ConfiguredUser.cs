namespace Krisenstab.Gateway.Auth;

/// <summary>
/// A user from <c>Krisenstab:Auth:Users</c>. <see cref="PasswordHash"/> is an ASP.NET Core Identity PBKDF2 hash;
/// a plain <see cref="Password"/> is accepted in the Development environment only.
/// </summary>
public sealed class ConfiguredUser
{
    public string Name { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string? Password { get; set; }
    public IList<string> Roles { get; } = [];
}
