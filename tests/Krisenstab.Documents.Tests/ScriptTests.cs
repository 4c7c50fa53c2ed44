namespace Krisenstab.Documents.Tests;

public class ScriptTests
{
    [Fact]
    public void Cyrillic_comes_back_as_written()
    {
        var pdf = Records.Print(Records.With(new RecordParagraph("Прибули 25 осіб з Харкова, їм потрібне житло.")));

        Assert.Equal(["Прибули", "25", "осіб", "з", "Харкова,", "їм", "потрібне", "житло."], pdf.WordsOf(1).Skip(1).SkipLast(3));
    }

    [Fact]
    public void Letters_a_ligature_would_join_come_back_one_by_one_so_an_id_can_be_searched()
    {
        var pdf = Records.Print(Records.With(new RecordParagraph("Krise 8beffcfe-2e61 Pfiffig Waffel flach")));

        Assert.Equal(["Krise", "8beffcfe-2e61", "Pfiffig", "Waffel", "flach"], pdf.WordsOf(1).Skip(1).SkipLast(3));
    }

    [Theory]
    [InlineData("مرحبا بكم في المدينة")]          // Arabic: welcome to the town
    [InlineData("سلام، به شهر خوش آمدید")]        // Farsi: hello, welcome to the town (Persian ye and kaf-less forms)
    public void Arabic_and_Farsi_are_shaped_and_set_right_to_left(string sentence)
    {
        var pdf = Records.Print(Records.With(new RecordParagraph(sentence)));

        var written = sentence.Split(' ');
        var found = written.Select(pdf.Find).ToList();
        // Shaped: the page holds contextual letter forms (presentation forms), not the isolated letters typed.
        Assert.All(found.Where(w => w.Text.Length > 1), w => Assert.Contains(w.Text, c => c is >= '\uFB50' and <= '\uFEFC'));
        // Right to left: each word stands left of the one before it, and the line ends at the right margin.
        for (var i = 1; i < found.Count; i++)
        {
            Assert.True(found[i].BoundingBox.Right < found[i - 1].BoundingBox.Left, $"\"{written[i]}\" is not left of \"{written[i - 1]}\"");
        }
        Assert.InRange(found[0].BoundingBox.Right, 595.28 - 56 - 2, 595.28 - 56 + 0.5);
    }

    [Fact]
    public void Letters_take_the_form_their_neighbours_ask_for_a_ligature_and_a_farsi_non_joiner_included()
    {
        // "We want help" (Farsi, with a zero-width non-joiner after "می") and "no god" (Arabic, lam-alef ligature).
        var pdf = Records.Print(Records.With(new RecordParagraph("ما کمک می\u200Cخواهیم"), new RecordParagraph("لا إله")));

        Assert.Equal("\uFBFD\uFEE3", pdf.Find("می").Text);        // final yeh: the non-joiner keeps it from joining on
        Assert.EndsWith("\uFEA7", pdf.Find("خواهیم").Text, StringComparison.Ordinal); // initial khah, rightmost
        Assert.Equal("\uFEFB", pdf.Find("لا").Text);              // one glyph for lam and alef
    }

    [Fact]
    public void A_right_to_left_line_with_a_number_and_a_latin_word_comes_out_in_reading_order()
    {
        // "25 people arrived in Kassel today": the number and the town keep their own direction inside the Arabic line.
        var pdf = Records.Print(Records.With(new RecordParagraph("وصل 25 شخصا إلى Kassel اليوم")));

        var line = pdf.Pages[1].Where(w => w.Text != "/" && w.BoundingBox.Bottom > 100).OrderBy(w => w.BoundingBox.Left).Select(w => PdfReadBack.Logical(w.Text));
        Assert.Equal(["اليوم", "Kassel", "إلى", "شخصا", "25", "وصل"], line.Skip(1));
    }

    [Fact]
    public void A_left_to_right_line_quoting_arabic_keeps_the_quote_in_its_own_order()
    {
        var pdf = Records.Print(Records.With(new RecordParagraph("Schild am Eingang: مرحبا بكم (Willkommen) 2022")));

        var words = pdf.Pages[1].Where(w => w.BoundingBox.Bottom > 100).OrderBy(w => w.BoundingBox.Left).Select(w => PdfReadBack.Logical(w.Text));
        Assert.Equal(["Schild", "am", "Eingang:", "بكم", "مرحبا", "(Willkommen)", "2022"], words.Skip(1));
    }

    [Fact]
    public void An_arabic_cell_is_aligned_right_in_its_column_beside_a_german_one()
    {
        var pdf = Records.Print(Records.With(new RecordTable([new("Deutsch"), new("عربي")], [["Willkommen", "مرحبا"]])));

        var german = pdf.Find("Willkommen");
        var arabic = pdf.Find("مرحبا");
        var middle = 56 + ((595.28 - 112) / 2);
        Assert.InRange(german.BoundingBox.Left, 56, 62);
        Assert.InRange(arabic.BoundingBox.Right, 595.28 - 56 - 6, 595.28 - 56);
        Assert.True(arabic.BoundingBox.Left > middle);
    }
}
