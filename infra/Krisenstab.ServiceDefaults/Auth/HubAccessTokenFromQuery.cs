using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Krisenstab.ServiceDefaults.Auth;

/// <summary>
/// Browsers cannot set headers on WebSockets, so SignalR sends the token as <c>access_token</c> in the query string.
/// Accepted only on hub paths, so API tokens do not end up in URLs and logs.
/// </summary>
internal sealed class HubAccessTokenFromQuery : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static PathString HubsPath { get; } = new("/hubs");

    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .AddFilter<OpenIddictValidationAspNetCoreHandlerFilters.RequireHttpRequest>()
            .UseSingletonHandler<HubAccessTokenFromQuery>()
            .SetOrder(OpenIddictValidationAspNetCoreHandlers.ExtractAccessTokenFromQueryString.Descriptor.Order)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        var request = context.Transaction.GetHttpRequest();
        if (!context.ExtractAccessToken || !string.IsNullOrEmpty(context.AccessToken) || request is null || !request.Path.StartsWithSegments(HubsPath))
        {
            return default;
        }
        string? token = request.Query["access_token"];
        if (!string.IsNullOrEmpty(token))
        {
            context.AccessToken = token;
        }
        return default;
    }
}
