using Krisenstab.Documents.Text;

namespace Krisenstab.Documents.Layout;

/// <summary>Something placed on a page, in points from the page's top left corner.</summary>
internal abstract record PageItem;

/// <summary>A shaped line whose left end is at <paramref name="X"/> on the baseline <paramref name="Baseline"/>.</summary>
internal sealed record TextItem(ShapedLine Line, float X, float Baseline) : PageItem;

/// <summary>A thin line (table grid).</summary>
internal sealed record RuleItem(float X1, float Y1, float X2, float Y2) : PageItem;

/// <summary>A light grey area (table header).</summary>
internal sealed record ShadeItem(float X, float Y, float Width, float Height) : PageItem;
