namespace Krisenstab.Dashboard.Hubs;

/// <summary>What a pushed state replaces: the client method and its subject (a crisis, or none for the board).</summary>
public readonly record struct PushSlot(string Method, Guid Subject);
