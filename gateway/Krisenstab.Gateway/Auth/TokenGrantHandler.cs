using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Krisenstab.Gateway.Auth;

/// <summary>
/// Issues the access token of each grant, carrying the roles: a user's for the password grant (with a refresh token,
/// without the client having to ask for offline_access), the same user's current roles for a refresh, a machine
/// client's for client credentials (no refresh token: it signs in again).
/// </summary>
internal sealed class TokenGrantHandler(UserDirectory users, MachineClients machines) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        var request = context.Request;
        if (request.IsPasswordGrantType())
        {
            SignInUser(context, users.SignIn(request.Username, request.Password), "The username or password is wrong.");
        }
        else if (request.IsRefreshTokenGrantType())
        {
            // The refresh token was validated by OpenIddict; the user must still be configured, and gets today's roles.
            SignInUser(context, users.Find(context.Principal?.GetClaim(Claims.Subject)), "The user of this refresh token no longer exists.");
        }
        else if (request.IsClientCredentialsGrantType() && machines.Authenticate(request.ClientId, request.ClientSecret) is { } client)
        {
            context.SignIn(Principal(client.ClientId, client.Roles));
        }
        else
        {
            context.Reject(error: Errors.UnsupportedGrantType, description: "Use grant_type=password, refresh_token or client_credentials.");
        }
        return default;
    }

    private static void SignInUser(HandleTokenRequestContext context, ConfiguredUser? user, string refusal)
    {
        if (user is null)
        {
            context.Reject(error: Errors.InvalidGrant, description: refusal);
            return;
        }
        var principal = Principal(user.Name, user.Roles);
        principal.SetScopes(Scopes.OfflineAccess);
        context.SignIn(principal);
    }

    private static ClaimsPrincipal Principal(string subject, IEnumerable<string> roles)
    {
        var identity = new ClaimsIdentity(authenticationType: "Krisenstab", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, subject)
            .SetClaim(Claims.Name, subject)
            .SetClaims(Claims.Role, [.. roles]);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
