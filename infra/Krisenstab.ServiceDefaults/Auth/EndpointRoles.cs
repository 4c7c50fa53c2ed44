using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using OpenIddict.Validation.AspNetCore;

namespace Krisenstab.ServiceDefaults.Auth;

/// <summary>
/// How an endpoint declares who may call it: <c>.RequireRoles(Roles.Staff, Roles.Admin)</c>, or
/// <c>.RequireRoles(Roles.All)</c> for reading. Enforced in the service itself; the generated role test
/// (tests/Krisenstab.Security.Tests) fails for any endpoint that declares nothing.
/// </summary>
public static class EndpointRoles
{
    /// <summary>A signed-in user (a token of this system's issuer or the configured provider) holding one of <paramref name="roles"/>.</summary>
    public static AuthorizationPolicy Policy(IEnumerable<string> roles) =>
        new AuthorizationPolicyBuilder(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireRole(roles)
            .Build();

    public static TBuilder RequireRoles<TBuilder>(this TBuilder endpoint, params IEnumerable<string> roles)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(Policy(roles));
}
