using Krisenstab.Contracts.Staffing;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>
/// Writes every staff pool event into the district's staffing journal (<c>journal-staffing</c>: the pool serves the
/// district, across crises) and, when made for a crisis (a request's events name its crisis), a copy into that
/// crisis's journal, which the picture's staffing section and the feed fold.
/// </summary>
public sealed class StaffingJournalConsumer(JournalRecorder recorder) :
    IConsumer<MemberRegistered>,
    IConsumer<AvailabilityChanged>,
    IConsumer<DeploymentRequested>,
    IConsumer<MemberAssigned>,
    IConsumer<AssignmentConfirmed>,
    IConsumer<MemberReleased>,
    IConsumer<HoursRecorded>
{
    public static StreamName Journal { get; } = StreamName.For(JournalStreams.Category, "staffing");

    public Task Consume(ConsumeContext<MemberRegistered> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AvailabilityChanged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<DeploymentRequested> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<MemberAssigned> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AssignmentConfirmed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<MemberReleased> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<HoursRecorded> context) => RecordAsync(context);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context)
        where TEvent : class => recorder.RecordDistrictEventAsync(context, Journal);
}
