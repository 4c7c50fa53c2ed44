using Krisenstab.Documents.Text;
using SkiaSharp;

namespace Krisenstab.Documents.Layout;

/// <summary>Draws placed items on a Skia canvas (a PDF page). Glyph runs carry their text and clusters, so the PDF keeps what was written.</summary>
internal static class PageDrawing
{
    private static readonly SKColor Shade = new(0xE8, 0xE8, 0xE8);

    public static void Draw(SKCanvas canvas, IEnumerable<PageItem> items)
    {
        foreach (var item in items)
        {
            Draw(canvas, item);
        }
    }

    public static void Draw(SKCanvas canvas, PageItem item)
    {
        switch (item)
        {
            case ShadeItem shade:
                using (var fill = new SKPaint { Color = Shade, Style = SKPaintStyle.Fill })
                {
                    canvas.DrawRect(shade.X, shade.Y, shade.Width, shade.Height, fill);
                }
                break;
            case RuleItem rule:
                using (var stroke = new SKPaint { Color = SKColors.Gray, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f })
                {
                    canvas.DrawLine(rule.X1, rule.Y1, rule.X2, rule.Y2, stroke);
                }
                break;
            case TextItem text:
                Text(canvas, text.Line, text.X, text.Baseline);
                break;
            default:
                throw new NotSupportedException($"A {item.GetType().Name} cannot be drawn.");
        }
    }

    private static void Text(SKCanvas canvas, ShapedLine line, float x, float baseline)
    {
        if (line.Runs.Count == 0)
        {
            return;
        }
        using var builder = new SKTextBlobBuilder();
        foreach (var run in line.Runs)
        {
            using var font = new SKFont(run.Face.Typeface, line.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Text.Length);
            buffer.SetGlyphs(run.Glyphs);
            var positions = new SKPoint[run.Glyphs.Length];
            for (var g = 0; g < positions.Length; g++)
            {
                positions[g] = new SKPoint(x + run.X[g], baseline + run.Y[g]);
            }
            buffer.SetPositions(positions);
            buffer.SetText(run.Text);
            buffer.SetClusters(run.Clusters);
        }
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }
}
