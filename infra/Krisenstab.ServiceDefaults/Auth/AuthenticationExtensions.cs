using Krisenstab.ServiceDefaults.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;

namespace Krisenstab.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    /// <summary>The issuer whose tokens this process accepts (the gateway); its discovery document is fetched from there.</summary>
    public const string AuthorityKey = "Krisenstab:Auth:Authority";

    /// <summary>
    /// Every endpoint declares its roles (<see cref="EndpointRoles"/>); an endpoint that forgets still requires a
    /// signed-in user holding one of <see cref="Roles.All"/> (the fallback policy), and fails the role test.
    /// Endpoints opt out only explicitly (health, token). Tokens are validated here, never only at the gateway.
    /// With <see cref="AuthorityKey"/> set, keys come from that issuer's discovery document; otherwise the host must
    /// add a local token server (the embedded gateway does).
    /// </summary>
    public static IHostApplicationBuilder AddKrisenstabAuthentication(this IHostApplicationBuilder builder)
    {
        var authority = builder.Configuration.OptionalHttpUri(AuthorityKey);
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.UseAspNetCore().DisableAccessTokenExtractionFromQueryString();
            validation.AddEventHandler(HubAccessTokenFromQuery.Descriptor);
            if (authority is not null)
            {
                validation.SetIssuer(authority);
                validation.UseSystemNetHttp();
            }
        });
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(EndpointRoles.Policy(Roles.All));
        return builder;
    }
}
