namespace Krisenstab.Contracts.Situation;

/// <summary>One item of a meeting's agenda: a staff function's turn to speak, in the configured speaking order.</summary>
public sealed record AgendaItem(int Position, string Function, string FunctionName);
