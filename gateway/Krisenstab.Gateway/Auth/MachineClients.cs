using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Startup;
using Microsoft.AspNetCore.Identity;

namespace Krisenstab.Gateway.Auth;

/// <summary>The configured machine clients; a client's secret is checked against its hash.</summary>
public sealed class MachineClients
{
    public const string SectionName = "Krisenstab:Auth:Clients";

    private static readonly PasswordHasher<MachineClient> Hasher = new();
    private readonly Dictionary<string, MachineClient> _clients;

    public MachineClients(IReadOnlyList<MachineClient> clients)
    {
        Validate(clients);
        _clients = clients.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
    }

    public bool IsKnown(string? clientId) => clientId is not null && _clients.ContainsKey(clientId);

    /// <summary>The client if its secret is right; otherwise null.</summary>
    public MachineClient? Authenticate(string? clientId, string? secret) =>
        clientId is not null && secret is not null && _clients.TryGetValue(clientId, out var client)
        && Hasher.VerifyHashedPassword(client, client.SecretHash!, secret) != PasswordVerificationResult.Failed
            ? client
            : null;

    private static void Validate(IReadOnlyList<MachineClient> clients)
    {
        foreach (var client in clients)
        {
            if (string.IsNullOrWhiteSpace(client.ClientId) || client.ClientId == ClientCheck.WebClientId)
            {
                throw new StartupConfigurationException($"A client in {SectionName} has no ClientId, or '{ClientCheck.WebClientId}', which is the web client's.");
            }
            if (string.IsNullOrWhiteSpace(client.SecretHash))
            {
                throw new StartupConfigurationException($"Client '{client.ClientId}' in {SectionName} has no SecretHash: create one with `dotnet Krisenstab.Gateway.dll hash-password <secret>`.");
            }
            if (client.Roles.Count == 0 || client.Roles.FirstOrDefault(role => !ServiceDefaults.Roles.All.Contains(role)) is { } unknown)
            {
                throw new StartupConfigurationException(
                    $"Client '{client.ClientId}' in {SectionName} needs roles from {string.Join(", ", ServiceDefaults.Roles.All)}.");
            }
        }
        if (clients.GroupBy(c => c.ClientId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new StartupConfigurationException($"Client '{twice.Key}' is listed twice in {SectionName}.");
        }
    }
}
