using Krisenstab.ServiceDefaults;

namespace Krisenstab.Dashboard;

/// <summary>Who may replay a crisis and write its lessons learned: analyst or higher (analyst, head of staff, admin).</summary>
public static class AnalysisRoles
{
    public static readonly string[] AnalystOrHigher = [Roles.Analyst, Roles.Head, Roles.Admin];
}
