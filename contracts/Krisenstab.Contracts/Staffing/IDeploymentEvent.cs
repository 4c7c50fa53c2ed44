namespace Krisenstab.Contracts.Staffing;

/// <summary>An event of one deployment request, carrying how far it is filled afterwards, so a reader needs no other state.</summary>
public interface IDeploymentEvent
{
    Guid RequestId { get; }

    RequestFill Fill { get; }
}
