namespace Krisenstab.Tasking.Units;

/// <summary>A responsible unit (department, staff function or team) by its short code and German name, with the user names of its members.</summary>
public sealed record TaskUnit(string Code, string Name, IReadOnlySet<string> Members)
{
    public bool HasMember(string? userName) => userName is not null && Members.Contains(userName);
}
