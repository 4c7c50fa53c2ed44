namespace Krisenstab.Documents.Tests;

public class TitlePageTests
{
    private const string Anchor = "1287:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Fact]
    public void The_title_page_shows_the_crisis_the_period_and_the_anchor_and_nothing_else()
    {
        var record = new RecordDocument("Einsatztagebuch – Zugang Ukraine", ["Stab HVB Landkreis Kassel", "geschlossen von Anna Schmidt"],
            "01.03.2022 08:00 – 31.05.2022 18:00 UTC", Anchor, [new RecordSection("Eintragungen", [new RecordParagraph("Lagebesprechung begonnen.")])]);

        var pdf = Records.Print(record);

        Assert.Equal("Einsatztagebuch – Zugang Ukraine", pdf.Title);
        var title = string.Join(" ", pdf.WordsOf(0));
        Assert.Equal(
            $"Einsatztagebuch – Zugang Ukraine Stab HVB Landkreis Kassel geschlossen von Anna Schmidt Zeitraum 01.03.2022 08:00 – 31.05.2022 18:00 UTC Kettenanker {Anchor} 1 / 2",
            title);
        Assert.Equal(["Eintragungen", "Lagebesprechung", "begonnen.", "2", "/", "2"], pdf.WordsOf(1));
    }

    [Fact]
    public void Without_a_title_page_of_its_own_the_sections_follow_the_title_and_absent_fields_are_left_out()
    {
        var record = new RecordDocument("Lagemeldung Nr. 3", ["An: Regierungspräsidium"], null, null,
            [new RecordSection("1. Überblick", [new RecordParagraph("Ruhig.")])]) { TitlePageAlone = false };

        var pdf = Records.Print(record);

        Assert.Equal(["Lagemeldung", "Nr.", "3", "An:", "Regierungspräsidium", "1.", "Überblick", "Ruhig.", "1", "/", "1"], pdf.WordsOf(0));
    }
}
