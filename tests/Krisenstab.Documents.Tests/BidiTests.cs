using Krisenstab.Documents.Text;

namespace Krisenstab.Documents.Tests;

public class BidiTests
{
    [Theory]
    [InlineData("Ankunft 12:30 Uhr", 0, "00000000000000000")]
    [InlineData("عدد 25", 1, "111122")]
    [InlineData("Haus بيت 5", 0, "0000011112")]
    [InlineData("بيت Haus 5 بيت", 1, "11112222221111")]
    [InlineData("(بيت)", 1, "11111")]
    [InlineData("Anteil 50% هنا", 0, "00000000000111")]
    public void Levels_follow_the_neighbours_of_neutrals_and_numbers(string text, byte paragraph, string levels)
    {
        var resolved = Bidi.Levels(text);

        Assert.Equal(paragraph, resolved.Paragraph);
        Assert.Equal(levels, string.Concat(resolved.Levels));
    }

    [Theory]
    [InlineData(new byte[] { 0, 1, 0 }, new[] { 0, 1, 2 })]
    [InlineData(new byte[] { 1, 2, 1 }, new[] { 2, 1, 0 })]
    [InlineData(new byte[] { 0, 1, 2, 1, 0 }, new[] { 0, 3, 2, 1, 4 })]
    [InlineData(new byte[] { 1, 1, 2, 2, 1 }, new[] { 4, 2, 3, 1, 0 })]
    public void Runs_are_reversed_from_the_highest_level_down_to_the_lowest_odd_one(byte[] levels, int[] visual)
    {
        Assert.Equal(visual, Bidi.VisualOrder(levels));
    }
}
