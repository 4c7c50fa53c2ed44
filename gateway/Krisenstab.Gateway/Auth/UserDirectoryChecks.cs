using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.Gateway.Auth;

/// <summary>Refuses user lists that cannot or must not work: unknown roles, plain or demo passwords outside Development.</summary>
internal static class UserDirectoryChecks
{
    public const string DemoPassword = "demo";

    public static void Validate(IReadOnlyList<ConfiguredUser> users, bool isDevelopment)
    {
        foreach (var user in users)
        {
            if (string.IsNullOrWhiteSpace(user.Name))
            {
                throw new StartupConfigurationException($"A user in {UserDirectory.SectionName} has no Name.");
            }
            if (string.IsNullOrEmpty(user.PasswordHash) && string.IsNullOrEmpty(user.Password))
            {
                throw new StartupConfigurationException($"User '{user.Name}' in {UserDirectory.SectionName} has neither PasswordHash nor Password: create a hash with `dotnet Krisenstab.Gateway.dll hash-password <password>`.");
            }
            var unknown = user.Roles.FirstOrDefault(role => !Roles.Known.Contains(role));
            if (unknown is not null)
            {
                throw new StartupConfigurationException(
                    $"User '{user.Name}' has the unknown role '{unknown}'; roles are {string.Join(", ", Roles.Known)}.");
            }
            if (!isDevelopment && UserDirectory.HasPassword(user, DemoPassword))
            {
                throw new StartupConfigurationException(
                    $"Demo user '{user.Name}' (password '{DemoPassword}') is configured outside Development: remove the demo users from {UserDirectory.SectionName}.");
            }
            if (!isDevelopment && !string.IsNullOrEmpty(user.Password))
            {
                throw new StartupConfigurationException(
                    $"User '{user.Name}' has a plain Password, which only Development accepts: set PasswordHash instead.");
            }
        }
    }
}
