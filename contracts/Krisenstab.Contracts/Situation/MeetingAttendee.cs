namespace Krisenstab.Contracts.Situation;

/// <summary>Who attends a crisis meeting: a staff function (code and German name), a unit (e.g. "Gesundheitsamt"), or both.</summary>
public sealed record MeetingAttendee(string? Function, string? FunctionName, string? Unit);
