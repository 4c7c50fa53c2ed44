using Krisenstab.Contracts;
using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Staffing.Deployments;

namespace Krisenstab.Staffing.Members;

/// <summary>Register a member whose personal fields are sealed already.</summary>
public sealed record RegisterMember(Guid MemberId, MemberProfile Profile, PersonalText Name, PersonalText? Phone, PersonalText? Email, PersonalText? Account = null);

/// <summary>Joining the pool and changing availability: pure decisions.</summary>
public static class MemberCommands
{
    /// <summary>
    /// The member's registration, and for staff the home department's count of pool members (its cap is a share of
    /// them), decided together so the department's stream always knows who may be drawn from it.
    /// </summary>
    public static JointDecision Register(PoolMember member, Department department, RegisterMember command)
    {
        if (member.Exists)
        {
            return DomainError.Conflict("member-exists", $"Member {command.MemberId} is registered already.");
        }
        var (profile, invalid) = command.Profile.Checked();
        if (invalid is not null)
        {
            return invalid;
        }
        var registered = new MemberRegistered(
            command.MemberId, profile!.Kind, profile.HomeDepartment, command.Name, command.Phone, command.Email,
            profile.Skills, profile.Languages, profile.Availability, command.Account);
        return JointDecision.Accept(
            [registered],
            profile.HomeDepartment is { } name ? [new DepartmentMemberJoined(name, command.MemberId)] : []);
    }

    public static Decision ChangeAvailability(PoolMember member, Guid memberId, IReadOnlyList<AvailabilityWindow> availability) =>
        !member.Exists ? MemberErrors.NotFound(memberId)
        : MemberProfile.CheckAvailability(availability) is { } invalid ? invalid
        : member.Availability.SequenceEqual(availability) ? Decision.Nothing
        : Decision.Accept(new AvailabilityChanged(member.Id, availability));
}

public static class MemberErrors
{
    public static DomainError NotFound(Guid memberId) => DomainError.NotFound("member", $"There is no pool member {memberId}.");
}
