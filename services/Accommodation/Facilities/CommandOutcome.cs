using Krisenstab.ServiceDefaults;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>How a command on a facility ended: the facility afterwards, or the refusal.</summary>
public sealed record CommandOutcome(Facility Facility, DomainError? Error, IReadOnlyList<object> Events)
{
    public static CommandOutcome Refused(Facility facility, DomainError error) => new(facility, error, []);
}
