namespace Krisenstab.ServiceDefaults.Domain;

/// <summary>What a pure decision came to: the events to append (possibly none), or why the command is refused.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, DomainError? error)
    {
        Events = events;
        Error = error;
    }

    public IReadOnlyList<object> Events { get; }
    public DomainError? Error { get; }

    /// <summary>Accepted, but nothing changes (e.g. no reservation is due to expire).</summary>
    public static Decision Nothing { get; } = new([], null);

    public static Decision Accept(params IReadOnlyList<object> events) => new(events, null);

    public static Decision Refuse(DomainError error) => new([], error);

    public static implicit operator Decision(DomainError error) => Refuse(error);
}
