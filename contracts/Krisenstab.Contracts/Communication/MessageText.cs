namespace Krisenstab.Contracts.Communication;

/// <summary>A message in one language: its BCP 47 tag (normalised, e.g. <c>de</c>, <c>uk</c>, <c>sr-Latn</c>), its own title and text.</summary>
public sealed record MessageText(string Language, string Title, string Text);
