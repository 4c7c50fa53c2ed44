namespace Krisenstab.ServiceDefaults;

/// <summary>The roles a signed-in user can hold.</summary>
public static class Roles
{
    public const string Staff = "staff";
    public const string Head = "head";
    public const string Press = "press";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Staff, Head, Press, Analyst, Admin];
}
