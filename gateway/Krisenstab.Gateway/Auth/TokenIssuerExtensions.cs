using Krisenstab.ServiceDefaults.Startup;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Krisenstab.Gateway.Auth;

public static class TokenIssuerExtensions
{
    public const string TokenPath = "connect/token";
    public const string IssuerKey = "Krisenstab:Auth:Issuer";
    public const string SigningKeyFileKey = "Krisenstab:Auth:SigningKeyFile";
    public const string EncryptionKeyFileKey = "Krisenstab:Auth:EncryptionKeyFile";
    public const string AccessTokenLifetimeKey = TokenLifetimes.AccessTokenKey;
    public const string DataDirectoryKey = "Krisenstab:EventStore:DataDirectory";

    /// <summary>
    /// OpenIddict issuing signed JWT access tokens at <c>POST /connect/token</c> for the users and machine clients in
    /// configuration: password grant (with a refresh token) and refresh_token for the web client, client_credentials for
    /// machine clients. Access tokens are short-lived (<see cref="AccessTokenLifetimeKey"/>). No database: degraded
    /// mode, clients are checked by <see cref="ClientCheck"/>; signing and refresh-token encryption keys are PEM files
    /// kept across restarts. With an external provider (<see cref="Krisenstab.ServiceDefaults.Auth.AuthenticationExtensions.AuthorityKey"/>
    /// set) the gateway issues nothing and validates that provider's tokens like every service.
    /// </summary>
    public static WebApplicationBuilder AddTokenIssuer(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.OptionalHttpUri(ServiceDefaults.Auth.AuthenticationExtensions.AuthorityKey) is not null)
        {
            return builder;
        }
        var users = builder.Configuration.GetSection(UserDirectory.SectionName).Get<List<ConfiguredUser>>() ?? [];
        UserDirectoryChecks.Validate(users, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(new UserDirectory(users));
        builder.Services.AddSingleton(new MachineClients(builder.Configuration.GetSection(MachineClients.SectionName).Get<List<MachineClient>>() ?? []));

        var signingKey = SigningKeyFile.LoadOrCreate(KeyPath(builder.Configuration, SigningKeyFileKey, "gateway-signing-key.pem"));
        var encryptionKey = SigningKeyFile.LoadOrCreate(KeyPath(builder.Configuration, EncryptionKeyFileKey, "gateway-encryption-key.pem"));
        var issuer = builder.Configuration.OptionalHttpUri(IssuerKey);
        var lifetimes = TokenLifetimes.From(builder.Configuration);
        builder.Services.AddOpenIddict()
            .AddServer(server =>
            {
                server.EnableDegradedMode();
                server.DisableTokenStorage();
                server.SetTokenEndpointUris(TokenPath);
                server.AllowPasswordFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                server.SetAccessTokenLifetime(lifetimes.AccessToken).SetRefreshTokenLifetime(lifetimes.RefreshToken);
                server.DisableAccessTokenEncryption();
                server.AddSigningKey(signingKey);
                server.AddEncryptionKey(encryptionKey);
                if (issuer is not null)
                {
                    server.SetIssuer(issuer);
                }
                // TLS ends at the reverse proxy or load balancer in front of the gateway.
                server.UseAspNetCore().DisableTransportSecurityRequirement();
                server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseSingletonHandler<ClientCheck>());
                server.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseSingletonHandler<TokenGrantHandler>());
            })
            .AddValidation(validation => validation.UseLocalServer());
        return builder;
    }

    private static string KeyPath(ConfigurationManager configuration, string key, string fileName)
    {
        var configured = configuration[key];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var dataDirectory = configuration[DataDirectoryKey];
        return Path.Combine(string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory, fileName);
    }
}
