namespace Krisenstab.Contracts.Situation;

/// <summary>Every event of an allocation announcement (Zuweisung) names its crisis and the announcement.</summary>
public interface IAllocationEvent
{
    Guid CrisisId { get; }

    Guid AnnouncementId { get; }
}
