using System.Security.Claims;
using Krisenstab.ServiceDefaults;
using Krisenstab.Tasking.Units;

namespace Krisenstab.Tasking.Tasks;

/// <summary>Who works on a task: the codes of the units they belong to; an admin may act for every unit.</summary>
public sealed record TaskWorker(IReadOnlySet<string> Units, bool ActsForEveryUnit)
{
    public bool MayWorkFor(string unit) => ActsForEveryUnit || Units.Contains(unit);

    /// <summary>The signed-in user's units, by user name from the configuration.</summary>
    public static TaskWorker Of(ClaimsPrincipal user, TaskUnits units) =>
        new(units.Of(UserName(user)).Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase), user.IsInRole(Roles.Admin));

    /// <summary>The user name units list their members by: the token's subject, as in the events' actor.</summary>
    public static string? UserName(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity?.Name;
}
