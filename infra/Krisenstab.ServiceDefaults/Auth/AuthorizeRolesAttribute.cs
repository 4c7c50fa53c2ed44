using Microsoft.AspNetCore.Authorization;

namespace Krisenstab.ServiceDefaults.Auth;

/// <summary>
/// Who may call a hub method: <c>[AuthorizeRoles(Roles.Head, Roles.Admin)]</c>. The generated role test reflects every
/// hub's methods and fails for one that declares nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public class AuthorizeRolesAttribute : AuthorizeAttribute
{
    public AuthorizeRolesAttribute(params string[] roles)
    {
        ArgumentOutOfRangeException.ThrowIfZero(roles.Length);
        AllowedRoles = roles;
        Roles = string.Join(',', roles);
    }

    public IReadOnlyList<string> AllowedRoles { get; }
}

/// <summary>A hub method every role may call (reading).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AnyRoleAttribute() : AuthorizeRolesAttribute([.. ServiceDefaults.Roles.All]);
