using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Krisenstab.Gateway.Auth;

/// <summary>
/// The token issuer runs without a client database (degraded mode), so it checks clients here: the public web client
/// <c>krisenstab</c> signs users in (password, refresh_token); a configured machine client signs in as itself with its
/// secret (client_credentials) and nothing else.
/// </summary>
internal sealed class ClientCheck(MachineClients machines) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public const string WebClientId = "krisenstab";

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var request = context.Request;
        if (string.Equals(context.ClientId, WebClientId, StringComparison.Ordinal))
        {
            if (!request.IsPasswordGrantType() && !request.IsRefreshTokenGrantType())
            {
                context.Reject(error: Errors.UnauthorizedClient, description: $"The client '{WebClientId}' may use grant_type=password or refresh_token only.");
            }
            return default;
        }
        if (!machines.IsKnown(context.ClientId))
        {
            context.Reject(error: Errors.InvalidClient, description: $"The client_id is unknown; use '{WebClientId}' or a configured machine client.");
        }
        else if (!request.IsClientCredentialsGrantType())
        {
            context.Reject(error: Errors.UnauthorizedClient, description: "A machine client may use grant_type=client_credentials only.");
        }
        else if (machines.Authenticate(context.ClientId, context.ClientSecret) is null)
        {
            context.Reject(error: Errors.InvalidClient, description: "The client secret is wrong.");
        }
        return default;
    }
}
