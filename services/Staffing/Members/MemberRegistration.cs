using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.Staffing.Deployments;

namespace Krisenstab.Staffing.Members;

/// <summary>Registers members: staff together with their home department's ledger (one atomic append), others alone.</summary>
public sealed class MemberRegistration(JointCommandRunner runner, CommandRunner<PoolMember> members, Krisenstab.EventStore.AggregateStore<Department> departments)
{
    public async Task<CommandResult<PoolMember>> RegisterAsync(RegisterMember command, EventMetadata metadata, CancellationToken cancellationToken)
    {
        if (command.Profile.HomeDepartment is { Length: > 0 } name && command.Profile.Kind == Contracts.Staffing.MemberKind.Staff)
        {
            var outcome = await runner.RunAsync(
                members.Store.At(command.MemberId), departments.At(Department.KeyOf(name)),
                (member, department, _) => MemberCommands.Register(member, department, command), metadata, cancellationToken);
            return new CommandResult<PoolMember>(outcome.State.Item1, outcome.Version, outcome.Events, outcome.Error);
        }
        return await members.RunAsync(
            members.Store.StreamOf(command.MemberId),
            (member, _) =>
            {
                var decided = MemberCommands.Register(member, Department.None, command);
                return decided.Error is { } error ? error : ServiceDefaults.Domain.Decision.Accept(decided.Events[0]);
            },
            metadata, cancellationToken);
    }
}
