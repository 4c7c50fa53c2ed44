namespace Krisenstab.ServiceDefaults;

/// <summary>The roles a signed-in user can hold.</summary>
public static class Roles
{
    public const string Staff = "staff";
    public const string Head = "head";
    public const string Press = "press";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    /// <summary>
    /// A volunteer of the staff pool, signed in to claim interpreting requests for the pool member linked to their
    /// sign-in name. Not one of <see cref="All"/>: a volunteer reaches only the endpoints that name this role.
    /// </summary>
    public const string Volunteer = "volunteer";

    /// <summary>Every role of the situation room ("every role" on an endpoint): all but <see cref="Volunteer"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [Staff, Head, Press, Analyst, Admin];

    /// <summary>Every role a user, a machine client or an external provider's claim can give.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. All, Volunteer];
}
