using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>How a command ended: the state afterwards and its stream version, the events appended, or the refusal.</summary>
public sealed record CommandResult<TState>(TState State, long Version, IReadOnlyList<object> Events, DomainError? Error)
{
    public bool Succeeded => Error is null;
}
