using Krisenstab.Documents.Text;

namespace Krisenstab.Documents.Layout;

/// <summary>
/// Sets a table: column widths by weight across the page, each cell wrapped in its column (and aligned by its own
/// direction), a grey header row repeated on every page the table reaches. A row moves to the next page whole when it
/// fits there; a row taller than a page is cut between lines.
/// </summary>
internal sealed class TableLayout
{
    private readonly PageFlow _flow;
    private readonly float[] _left;
    private readonly float[] _widths;
    private readonly IReadOnlyList<ShapedLine>[] _header;
    private readonly float _lineHeight = PageStyle.LineHeight(PageStyle.TableSize);
    private readonly DocumentFonts _fonts;

    private TableLayout(PageFlow flow, RecordTable table, DocumentFonts fonts)
    {
        _flow = flow;
        var total = table.Columns.Sum(c => Math.Max(c.Weight, 0.01f));
        _widths = [.. table.Columns.Select(c => PageStyle.ContentWidth * Math.Max(c.Weight, 0.01f) / total)];
        _left = new float[_widths.Length];
        for (var i = 1; i < _widths.Length; i++)
        {
            _left[i] = _left[i - 1] + _widths[i - 1];
        }
        _header = Wrap(table.Columns.Select(c => c.Header), fonts.Bold);
        _fonts = fonts;
    }

    public static void Place(PageFlow flow, RecordTable table, DocumentFonts fonts)
    {
        if (table.Columns.Count == 0)
        {
            return;
        }
        // A record loses nothing silently: a cell without a column is the caller's mistake.
        if (table.Rows.Select((row, index) => (row, index)).FirstOrDefault(r => r.row.Count > table.Columns.Count) is ({ } wide, var at))
        {
            throw new ArgumentException($"Row {at} has {wide.Count} cells for {table.Columns.Count} columns.", nameof(table));
        }
        var layout = new TableLayout(flow, table, fonts);
        layout.Place(table.Rows);
    }

    private float HeaderHeight => Height(_header);

    private void Place(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var cells = rows.Select(row => Wrap(Enumerable.Range(0, _widths.Length).Select(i => i < row.Count ? row[i] : ""), _fonts.Regular)).ToList();
        _flow.Reserve(HeaderHeight + (cells.Count > 0 ? Math.Min(Height(cells[0]), _lineHeight * 2) : 0));
        Header();
        foreach (var row in cells)
        {
            Row(row);
        }
    }

    private void Header()
    {
        var height = HeaderHeight;
        _flow.Add(new ShadeItem(PageStyle.Margin, _flow.Y, PageStyle.ContentWidth, height));
        Slice(_header, 0, _header.Max(c => c.Count), height);
    }

    private void Row(IReadOnlyList<ShapedLine>[] row)
    {
        var height = Height(row);
        if (height > _flow.Room && height <= PageStyle.Bottom - PageStyle.Margin - HeaderHeight)
        {
            ContinueOnNextPage();
        }
        var lines = row.Max(c => c.Count);
        for (var first = 0; first < lines;)
        {
            var fitting = (int)((_flow.Room - (2 * PageStyle.CellPadding)) / _lineHeight);
            if (fitting < 1)
            {
                ContinueOnNextPage();
                continue;
            }
            var count = Math.Min(fitting, lines - first);
            Slice(row, first, count, (count * _lineHeight) + (2 * PageStyle.CellPadding));
            first += count;
        }
    }

    private void ContinueOnNextPage()
    {
        _flow.NewPage();
        Header();
    }

    /// <summary>Lines <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> of every cell, with the grid around them.</summary>
    private void Slice(IReadOnlyList<ShapedLine>[] cells, int first, int count, float height)
    {
        var top = _flow.Y;
        var left = PageStyle.Margin;
        var right = left + PageStyle.ContentWidth;
        _flow.Add(new RuleItem(left, top, right, top));
        _flow.Add(new RuleItem(left, top + height, right, top + height));
        for (var column = 0; column < cells.Length; column++)
        {
            var x = left + _left[column];
            _flow.Add(new RuleItem(x, top, x, top + height));
            var lines = cells[column];
            for (var i = first; i < Math.Min(first + count, lines.Count); i++)
            {
                _flow.Line(lines[i], x + PageStyle.CellPadding, _widths[column] - (2 * PageStyle.CellPadding), top + PageStyle.CellPadding + ((i - first) * _lineHeight));
            }
        }
        _flow.Add(new RuleItem(right, top, right, top + height));
        _flow.Skip(height);
    }

    private IReadOnlyList<ShapedLine>[] Wrap(IEnumerable<string> texts, FontSet fonts) =>
        [.. texts.Select((text, i) => (IReadOnlyList<ShapedLine>)LineBreaker.WrapText(text, fonts, PageStyle.TableSize, _widths[i] - (2 * PageStyle.CellPadding)))];

    private float Height(IReadOnlyList<ShapedLine>[] cells) => (cells.Max(c => c.Count) * _lineHeight) + (2 * PageStyle.CellPadding);
}
