using Krisenstab.ServiceDefaults;

namespace Krisenstab.SituationReports.Crises;

/// <summary>What a pure command function decided: the events to append, or why it refused.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, DomainError? error)
    {
        Events = events;
        Error = error;
    }

    public IReadOnlyList<object> Events { get; }
    public DomainError? Error { get; }

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Refuse(DomainError error) => new([], error);

    public static implicit operator Decision(DomainError error) => Refuse(error);
}
