namespace Krisenstab.Dashboard.Feed;

/// <summary>What happened, said once in German and once in English.</summary>
public sealed record Sentence(string De, string En);
