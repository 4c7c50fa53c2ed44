using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.Staffing.Members;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Krisenstab.Staffing.Deployments;

/// <summary>
/// Assigning, claiming and releasing through the shared <see cref="JointCommandRunner"/>: the request, the member's
/// bookings and (for staff) the home department appended in one transaction, each under the version it was loaded at.
/// The member's profile is read, not written: its kind, department and languages do not change once registered.
/// </summary>
public sealed class Deployments(
    JointCommandRunner runner,
    AggregateStore<DeploymentRequest> requests,
    AggregateStore<MemberBookings> bookings,
    AggregateStore<Department> departments,
    AggregateStore<PoolMember> members,
    IOptions<StaffingOptions> options)
{
    public async Task<CommandResult<DeploymentRequest>> AssignAsync(
        Guid requestId, Guid memberId, AssignmentWay way, EventMetadata metadata, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        var member = (await members.LoadAsync(memberId, cancellationToken)).State;
        var share = options.Value.MaxDepartmentShare;
        if (member.HomeDepartment is { } name)
        {
            return First(await runner.RunAsync(
                requests.At(requestId), bookings.At(memberId), departments.At(Department.KeyOf(name)),
                (request, booked, department, _) => AssignmentDecisions.Assign(request, booked, department, member, requestId, way, share),
                metadata, cancellationToken, key));
        }
        return First(await runner.RunAsync(
            requests.At(requestId), bookings.At(memberId),
            (request, booked, _) => AssignmentDecisions.Assign(request, booked, null, member, requestId, way, share),
            metadata, cancellationToken, key));
    }

    /// <summary>The metadata of a command on a request: it names the request's crisis, so every event of the request reaches that crisis's journal.</summary>
    public async Task<EventMetadata> MetadataAsync(Guid requestId, HttpContext http, TimeProvider time, CancellationToken cancellationToken) =>
        CommandMetadata.For(http, time, (await requests.LoadAsync(requestId, cancellationToken)).State.CrisisId);

    public async Task<CommandResult<DeploymentRequest>> ReleaseAsync(Guid requestId, Guid memberId, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var request = (await requests.LoadAsync(requestId, cancellationToken)).State;
        var share = options.Value.MaxDepartmentShare;
        if (request.Assignments.GetValueOrDefault(memberId)?.HomeDepartment is { } name)
        {
            return First(await runner.RunAsync(
                requests.At(requestId), bookings.At(memberId), departments.At(Department.KeyOf(name)),
                (r, booked, department, _) => AssignmentDecisions.Release(r, booked, department, requestId, memberId, share),
                metadata, cancellationToken));
        }
        return First(await runner.RunAsync(
            requests.At(requestId), bookings.At(memberId),
            (r, booked, _) => AssignmentDecisions.Release(r, booked, null, requestId, memberId, share),
            metadata, cancellationToken));
    }

    private static CommandResult<DeploymentRequest> First<TRest>(CommandResult<(DeploymentRequest Request, TRest Other)> outcome) =>
        new(outcome.State.Request, outcome.Version, outcome.Events, outcome.Error);

    private static CommandResult<DeploymentRequest> First<T2, T3>(CommandResult<(DeploymentRequest Request, T2, T3)> outcome) =>
        new(outcome.State.Request, outcome.Version, outcome.Events, outcome.Error);
}
