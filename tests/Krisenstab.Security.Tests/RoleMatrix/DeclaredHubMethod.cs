using System.Reflection;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using KnownRoles = Krisenstab.ServiceDefaults.Roles;

namespace Krisenstab.Security.Tests.RoleMatrix;

/// <summary>One method a client may invoke on a hub mapped by the app, with the roles it declares (null: none).</summary>
public sealed record DeclaredHubMethod(string HubPath, MethodInfo Method, IReadOnlyList<string>? Roles)
{
    /// <summary>Every public method of every hub in the app's endpoint list (not the overridden connection events, which clients cannot invoke).</summary>
    public static IReadOnlyList<DeclaredHubMethod> All(EndpointDataSource source) =>
    [
        .. source.Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (endpoint, hub: endpoint.Metadata.GetMetadata<HubMetadata>()))
            .Where(found => found.hub is not null && !found.endpoint.RoutePattern.RawText!.EndsWith("/negotiate", StringComparison.Ordinal))
            .SelectMany(found => found.hub!.HubType
                .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(method => !method.IsSpecialName && method.GetBaseDefinition().DeclaringType == method.DeclaringType)
                .Select(method => new DeclaredHubMethod(
                    "/" + found.endpoint.RoutePattern.RawText!.TrimStart('/'), method,
                    method.GetCustomAttribute<AuthorizeRolesAttribute>()?.AllowedRoles)))
            .OrderBy(m => m.HubPath, StringComparer.Ordinal).ThenBy(m => m.Method.Name, StringComparer.Ordinal),
    ];

    public IEnumerable<string> RefusedRoles => KnownRoles.Known.Except(Roles ?? []);

    /// <summary>Arguments of the right types: a fresh id for a Guid, the default otherwise.</summary>
    public object?[] SampleArguments() =>
        [.. Method.GetParameters().Select(p => p.ParameterType == typeof(Guid) ? Guid.NewGuid() : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)];

    public override string ToString() => $"{HubPath} {Method.Name}";
}
