namespace Krisenstab.Contracts.Situation;

/// <summary>The status of a sector at a glance: green (in hand), yellow (strained), red (not coping).</summary>
public enum TrafficLight
{
    Green,
    Yellow,
    Red,
}
