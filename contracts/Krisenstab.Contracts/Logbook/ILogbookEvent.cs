namespace Krisenstab.Contracts.Logbook;

/// <summary>Every logbook event belongs to one crisis: its staff log or its message log.</summary>
public interface ILogbookEvent
{
    Guid CrisisId { get; }
}
