namespace Krisenstab.Contracts.Accommodation;

/// <summary>Every accommodation event concerns one facility and carries its figures after the change.</summary>
public interface IFacilityEvent
{
    Guid FacilityId { get; }

    FacilityOccupancy Occupancy { get; }
}
