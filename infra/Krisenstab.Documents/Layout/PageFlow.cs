using Krisenstab.Documents.Text;

namespace Krisenstab.Documents.Layout;

/// <summary>Fills pages top to bottom: a new page starts when the next piece does not fit above the bottom margin.</summary>
internal sealed class PageFlow
{
    private readonly List<List<PageItem>> _pages = [];

    public PageFlow() => NewPage();

    public IReadOnlyList<IReadOnlyList<PageItem>> Pages => _pages;

    /// <summary>The top of the free space on the current page.</summary>
    public float Y { get; private set; }

    public float Room => PageStyle.Bottom - Y;

    public void NewPage()
    {
        _pages.Add([]);
        Y = PageStyle.Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits, or the page is still empty (nothing would fit better).</summary>
    public void Reserve(float height)
    {
        if (height > Room && _pages[^1].Count > 0)
        {
            NewPage();
        }
    }

    public void Skip(float height) => Y = Math.Min(Y + height, PageStyle.Bottom);

    public void Add(PageItem item) => _pages[^1].Add(item);

    /// <summary>Places a line in a box of <paramref name="width"/> at <paramref name="x"/>: right-to-left lines to the right.</summary>
    public void Line(ShapedLine line, float x, float width, float top) =>
        Add(new TextItem(line, line.RightToLeft ? x + width - line.Width : x, top + PageStyle.Ascent(line.Size)));

    /// <summary>Lines of text across the page, moving down, breaking pages between lines.</summary>
    public void Lines(IReadOnlyList<ShapedLine> lines)
    {
        foreach (var line in lines)
        {
            var height = PageStyle.LineHeight(line.Size);
            Reserve(height);
            Line(line, PageStyle.Margin, PageStyle.ContentWidth, Y);
            Y += height;
        }
    }
}
