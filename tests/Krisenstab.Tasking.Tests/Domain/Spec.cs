using Krisenstab.Contracts.Tasking;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Tasking.Tasks;
using Krisenstab.Tasking.Units;
using Krisenstab.Testing;

namespace Krisenstab.Tasking.Tests.Domain;

/// <summary>Given events / when a decision / then events or a refusal — pure, no I/O.</summary>
public static class Spec
{
    public static readonly DateTimeOffset Now = new(2022, 3, 14, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateTimeOffset Due = Now.AddHours(8);
    public static readonly Guid TaskId = Guid.Parse("0193a5b0-0000-7000-8000-0000000000a1");
    public const string Title = "Feldbetten für die Turnhalle Ost beschaffen";

    public static readonly TaskUnit Supply = new("S4", "Versorgung", new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "staff" });
    public static readonly TaskUnit Operations = new("S3", "Einsatz", new HashSet<string>());

    public static readonly TaskWorker SupplyMember = new(new HashSet<string> { "S4" }, ActsForEveryUnit: false);
    public static readonly TaskWorker Outsider = new(new HashSet<string> { "S3" }, ActsForEveryUnit: false);

    public static WorkTask Given(params object[] events) => events.Aggregate(WorkTask.None, (state, e) => state.Apply(e));

    public static TaskIssued Issued(DateTimeOffset? dueAt = null, TaskPriority priority = TaskPriority.High) =>
        new(TaskId, Title, "", "S4", "Versorgung", priority, dueAt ?? Due, null, TaskLinks.None, Now.AddHours(-1));

    public static TaskAccepted Accepted() => new(TaskId, "S4", Now.AddMinutes(-30));

    public static IssueTask Issue(string? title = Title, DateTimeOffset? dueAt = null, TaskPriority priority = TaskPriority.High) =>
        new(TaskId, title, null, Supply, priority, dueAt ?? Due, null, TaskLinks.None);

    public static void ThenEvents(Decision decision, params object[] expected) => DecisionAssertions.ThenEvents(decision, expected);

    public static DomainError ThenRefused(Decision decision, DomainErrorKind kind, string code) => DecisionAssertions.ThenRefused(decision, kind, code);

    public static void ThenInvalid(Decision decision, string field) => DecisionAssertions.ThenInvalid(decision, field);
}
