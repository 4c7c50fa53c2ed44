namespace Krisenstab.Documents.Layout;

/// <summary>The fixed look of a record: A4 portrait, margins, sizes in points.</summary>
internal static class PageStyle
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float Margin = 56;
    public const float ContentWidth = Width - (2 * Margin);
    public const float Bottom = Height - Margin;
    public const float FooterBaseline = Height - (Margin / 2);

    public const float TitleSize = 20;
    public const float SubtitleSize = 12;
    public const float HeadingSize = 13;
    public const float BodySize = 10;
    public const float TableSize = 9;
    public const float FooterSize = 8;

    public const float CellPadding = 3;
    public const float ParagraphGap = 4;
    public const float HeadingGap = 10;

    /// <summary>Room for one line: Noto Sans Arabic reaches further above and below than Latin, so lines are generous.</summary>
    public static float LineHeight(float size) => size * 1.45f;

    /// <summary>Distance from a line's top to its baseline.</summary>
    public static float Ascent(float size) => size * 1.1f;
}
