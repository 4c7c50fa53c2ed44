using System.Globalization;

namespace Krisenstab.Documents.Tests;

public class TableTests
{
    private static readonly RecordColumn[] Columns = [new("Nr."), new("Zeit", 2), new("Eintrag", 6)];

    [Fact]
    public void A_long_table_breaks_across_pages_with_its_header_on_each_and_every_page_is_numbered_x_of_y()
    {
        var rows = Enumerable.Range(1, 150)
            .Select(n => (IReadOnlyList<string>)[n.ToString(CultureInfo.InvariantCulture), "01.03.2022 08:00", $"Eintrag{n} Lage unverändert, Kräfte in Bereitschaft."])
            .ToList();

        var pdf = Records.Print(Records.With(new RecordTable(Columns, rows)));

        var pages = pdf.Pages.Count;
        Assert.True(pages >= 4, $"150 rows on {pages} pages");
        for (var page = 1; page < pages; page++)
        {
            var words = pdf.WordsOf(page);
            Assert.Equal(["Nr.", "Zeit", "Eintrag"], words.Where(w => w is "Nr." or "Zeit" or "Eintrag").Take(3));
            Assert.Equal([$"{page + 1}", "/", $"{pages}"], words.TakeLast(3));
        }
        var entries = pdf.AllWords.Where(w => w.StartsWith("Eintrag", StringComparison.Ordinal) && w.Length > 7 && char.IsAsciiDigit(w[7])).ToList();
        Assert.Equal(Enumerable.Range(1, 150).Select(n => $"Eintrag{n}"), entries);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_cut_between_lines_and_loses_no_word()
    {
        var words = Enumerable.Range(1, 2000).Select(n => $"w{n}").ToList();
        var pdf = Records.Print(Records.With(new RecordTable(Columns, [["1", "08:00", string.Join(' ', words)]])));

        Assert.True(pdf.Pages.Count >= 4, $"one row on {pdf.Pages.Count} pages");
        Assert.Equal(words, pdf.AllWords.Where(w => w.StartsWith('w')));
    }

    [Fact]
    public void A_word_wider_than_its_cell_is_broken_between_characters()
    {
        var hash = string.Concat(Enumerable.Repeat("9f86d081884c7d65", 4));
        var pdf = Records.Print(Records.With(new RecordTable([new("Anker"), new("Text", 8)], [[hash, "Kette geprüft"]])));

        var firstColumnRight = 56 + ((595.28 - 112) / 9);
        var pieces = pdf.Pages[1].Where(w => w.BoundingBox.Right < firstColumnRight && w.Text != "Anker" && w.BoundingBox.Bottom > 100).Select(w => w.Text).ToList();
        Assert.True(pieces.Count > 1, $"one piece: {string.Join(" ", pieces)}");
        Assert.Equal(hash, string.Concat(pieces));
    }

    [Fact]
    public void A_row_with_more_cells_than_columns_is_refused_naming_the_row()
    {
        var table = new RecordTable(Columns, [["1", "08:00", "Lage ruhig."], ["2", "08:05", "Lage ruhig.", "überzählig"]]);

        var refused = Assert.Throws<ArgumentException>(() => RecordPdf.Render(Records.With(table), Records.Fonts));

        Assert.StartsWith("Row 1 has 4 cells for 3 columns.", refused.Message, StringComparison.Ordinal);
    }
}
