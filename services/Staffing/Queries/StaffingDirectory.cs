using System.Collections.Immutable;
using Krisenstab.Contracts.Staffing;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Members;

namespace Krisenstab.Staffing.Queries;

/// <summary>
/// Every member and request as their public events tell them, in memory, rebuilt from the start of the store at each
/// start (a pool has hundreds of members, not millions) — kept across crises, so earlier deployments count as
/// experience. Folded with the same <see cref="PoolMember.Apply"/> and <see cref="DeploymentRequest.Apply"/> as the
/// commands, so both sides agree.
/// </summary>
public sealed class StaffingDirectory
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, PoolMember> _members = ImmutableDictionary<Guid, PoolMember>.Empty;
    private ImmutableDictionary<Guid, DeploymentRequest> _requests = ImmutableDictionary<Guid, DeploymentRequest>.Empty;

    public IEnumerable<PoolMember> Members => _members.Values;

    public IEnumerable<DeploymentRequest> Requests => _requests.Values;

    public PoolMember? FindMember(Guid id) => _members.GetValueOrDefault(id);

    public DeploymentRequest? FindRequest(Guid id) => _requests.GetValueOrDefault(id);

    /// <summary>Every assignment of a member, with its request, released ones included.</summary>
    public IEnumerable<(DeploymentRequest Request, Assignment Assignment)> AssignmentsOf(Guid memberId) =>
        _requests.Values.Where(r => r.Assignments.ContainsKey(memberId)).Select(r => (r, r.Assignments[memberId]));

    public void Apply(object @event)
    {
        lock (_gate)
        {
            switch (@event)
            {
                case MemberRegistered e:
                    _members = _members.SetItem(e.MemberId, PoolMember.None.Apply(e));
                    break;
                case AvailabilityChanged e when _members.TryGetValue(e.MemberId, out var member):
                    _members = _members.SetItem(e.MemberId, member.Apply(e));
                    break;
                case IDeploymentEvent e:
                    _requests = _requests.SetItem(e.RequestId, (_requests.GetValueOrDefault(e.RequestId) ?? DeploymentRequest.None).Apply(e));
                    break;
            }
        }
    }
}
