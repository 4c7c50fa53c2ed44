using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Krisenstab.Gateway.Auth;

/// <summary>Issues an access token for a configured user and password, carrying the user's roles.</summary>
internal sealed class PasswordGrantHandler(UserDirectory users) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (!context.Request.IsPasswordGrantType())
        {
            context.Reject(error: Errors.UnsupportedGrantType, description: "Only grant_type=password is supported.");
            return default;
        }
        var user = users.SignIn(context.Request.Username, context.Request.Password);
        if (user is null)
        {
            context.Reject(error: Errors.InvalidGrant, description: "The username or password is wrong.");
            return default;
        }

        var identity = new ClaimsIdentity(authenticationType: "Krisenstab", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, user.Name)
            .SetClaim(Claims.Name, user.Name)
            .SetClaims(Claims.Role, [.. user.Roles]);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        context.SignIn(new ClaimsPrincipal(identity));
        return default;
    }
}
