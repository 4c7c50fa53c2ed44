namespace Krisenstab.EventStore;

/// <summary>How far this process's own appends to a store have come: what a read must see to show the writer its write.</summary>
public interface IAppendWatermark
{
    /// <summary>The highest global position this process has committed to the store (0 before its first append); raised before the append is answered.</summary>
    long LastAppendedPosition { get; }
}
