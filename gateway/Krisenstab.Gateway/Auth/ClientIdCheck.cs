using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Krisenstab.Gateway.Auth;

/// <summary>The token issuer runs without a client database (degraded mode), so it knows its one public client here.</summary>
internal sealed class ClientIdCheck : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public const string ClientId = "krisenstab";

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!string.Equals(context.ClientId, ClientId, StringComparison.Ordinal))
        {
            context.Reject(
                error: OpenIddictConstants.Errors.InvalidClient,
                description: $"The client_id is unknown; use '{ClientId}'.");
        }
        return default;
    }
}
