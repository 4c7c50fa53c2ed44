namespace Krisenstab.Contracts.Logbook;

/// <summary>
/// What a staff-log entry is (on the wire in kebab case): the keeper writes the first seven; the log itself writes a
/// correction, a handover of the keeper and the closing (close and countersignature).
/// </summary>
public enum StaffLogCategory
{
    SituationReport,
    Message,
    Request,
    Decision,
    Finding,
    Order,
    Assessment,
    Correction,
    Handover,
    Closing,
}
