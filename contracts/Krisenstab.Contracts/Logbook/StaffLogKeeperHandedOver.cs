namespace Krisenstab.Contracts.Logbook;

/// <summary>
/// <see cref="Keeper"/> (a sign-in name) keeps the staff log from now on, in <see cref="Function"/>, taking it over
/// from <see cref="PreviousKeeper"/> (none for the first keeper). An entry of the log, number <see cref="Number"/>.
/// </summary>
[EventName("logbook.staff-log-keeper-handed-over.v1")]
public sealed record StaffLogKeeperHandedOver(
    Guid CrisisId,
    int Number,
    string? PreviousKeeper,
    string Keeper,
    string Function,
    DateTimeOffset HandedOverAt) : ILogbookEvent;
