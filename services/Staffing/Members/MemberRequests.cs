using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Staffing.Members;

/// <summary>
/// The body of <c>POST /members</c>. Name, phone and e-mail are personal: sealed before they are stored, erasable.
/// Languages are BCP 47 tags with a level; availability windows are days (both included) with hours per week.
/// </summary>
public sealed record RegisterMemberRequest(
    MemberKind? Kind,
    string? HomeDepartment,
    string? Name,
    string? Phone,
    string? Email,
    IReadOnlyList<Skill>? Skills,
    IReadOnlyList<MemberLanguage>? Languages,
    IReadOnlyList<AvailabilityWindow>? Availability,
    string? Account = null)
{
    public const int MaxContactLength = 100;

    public (MemberProfile? Profile, Krisenstab.ServiceDefaults.DomainError? Error) ToProfile()
    {
        if (Kind is null)
        {
            return (null, Krisenstab.ServiceDefaults.DomainError.Invalid("kind", "'kind' is required: staff, volunteer or interpreter."));
        }
        var invalid = Checks.First(
            Checks.Required(Name, "name", MaxContactLength),
            Checks.Optional(Phone, "phone", MaxContactLength),
            Email is null ? null : Checks.Optional(Email, "email", MaxContactLength)
                ?? (Email.Contains('@', StringComparison.Ordinal) ? null : Krisenstab.ServiceDefaults.DomainError.Invalid("email", "'email' must be an e-mail address.")),
            Account is null ? null : Checks.Required(Account, "account", MaxContactLength)
                ?? (Kind == MemberKind.Staff ? Krisenstab.ServiceDefaults.DomainError.Invalid("account", "Only volunteers and interpreters sign in to claim requests; staff have no 'account'.") : null));
        return invalid is not null
            ? (null, invalid)
            : new MemberProfile(Kind.Value, HomeDepartment, Skills ?? [], Languages ?? [], Availability ?? []).Checked();
    }
}

public sealed record MemberCreated(Guid Id, string Subject);

public sealed record ChangeAvailabilityRequest(IReadOnlyList<AvailabilityWindow>? Availability);

/// <summary>A past or current deployment of a member.</summary>
public sealed record DeploymentView(Guid RequestId, string Unit, string Place, DeploymentPeriod Period, string Status, decimal Hours);

/// <summary>A member as the staff see it: the personal fields revealed (or <c>[gelöscht]</c> once erased).</summary>
public sealed record MemberView(
    Guid Id,
    string Subject,
    MemberKind Kind,
    string? HomeDepartment,
    string Name,
    string? Phone,
    string? Email,
    string? Account,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<MemberLanguage> Languages,
    IReadOnlyList<AvailabilityWindow> Availability,
    IReadOnlyList<DeploymentView> Deployments);
