namespace Krisenstab.Contracts.Staffing;

/// <summary>
/// A person joined the staff pool. Name, phone and e-mail are personal (<see cref="PersonalText"/>, erasable); the home
/// department is set for staff only. <paramref name="Account"/> (personal too) is the sign-in name of a volunteer who
/// claims requests themselves.
/// </summary>
[EventName("staffing.member-registered.v1")]
public sealed record MemberRegistered(
    Guid MemberId,
    MemberKind Kind,
    string? HomeDepartment,
    PersonalText Name,
    PersonalText? Phone,
    PersonalText? Email,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<MemberLanguage> Languages,
    IReadOnlyList<AvailabilityWindow> Availability,
    PersonalText? Account = null);
