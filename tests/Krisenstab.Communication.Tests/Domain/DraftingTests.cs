using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults;
using static Krisenstab.Communication.Tests.Domain.Spec;

namespace Krisenstab.Communication.Tests.Domain;

public sealed class DraftingTests
{
    [Fact]
    public void A_draft_in_German_and_Ukrainian_keeps_each_language_with_its_own_title_and_text()
    {
        var decision = MessageCommands.Draft(Message.None, Draft(German, Ukrainian), AllChannels, Now);

        ThenEvents(decision, new MessageDrafted(MessageId, CrisisId, Audience.Public, [MessageChannel.Feed], [German, Ukrainian], null, Author, Now));
    }

    [Fact]
    public void Language_tags_are_normalised_to_their_canonical_case()
    {
        var decision = MessageCommands.Draft(Message.None, Draft(German with { Language = "DE" }, Ukrainian with { Language = "sr-latn-rs" }), AllChannels, Now);

        var drafted = Assert.IsType<MessageDrafted>(Assert.Single(decision.Events));
        Assert.Equal(["de", "sr-Latn-RS"], drafted.Texts.Select(t => t.Language));
    }

    [Fact]
    public void A_message_without_German_is_refused()
    {
        ThenInvalid(MessageCommands.Draft(Message.None, Draft(Ukrainian), AllChannels, Now), "texts");
    }

    [Theory]
    [InlineData("german")]
    [InlineData("d")]
    [InlineData("uk_UA")]
    [InlineData("")]
    public void An_invalid_language_tag_is_refused_naming_the_field(string tag)
    {
        ThenInvalid(MessageCommands.Draft(Message.None, Draft(German, Ukrainian with { Language = tag }), AllChannels, Now), "texts[1].language");
    }

    [Fact]
    public void An_empty_text_is_refused_naming_its_language()
    {
        var error = ThenRefused(MessageCommands.Draft(Message.None, Draft(German, Ukrainian with { Text = "  " }), AllChannels, Now), DomainErrorKind.Invalid, "invalid-texts[1].text");

        Assert.Contains("'uk'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_language_twice_is_refused()
    {
        ThenInvalid(MessageCommands.Draft(Message.None, Draft(German, German with { Language = "DE" }), AllChannels, Now), "texts[1].language");
    }

    [Fact]
    public void A_channel_that_is_not_configured_is_refused()
    {
        var command = Draft(German) with { Channels = [MessageChannel.Email] };

        ThenInvalid(MessageCommands.Draft(Message.None, command, new HashSet<MessageChannel> { MessageChannel.Feed }, Now), "channels");
    }

    [Fact]
    public void A_valid_until_in_the_past_is_refused()
    {
        ThenInvalid(MessageCommands.Draft(Message.None, Draft(German) with { ValidUntil = Now.AddMinutes(-1) }, AllChannels, Now), "validUntil");
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("fa", true)]
    [InlineData("ur-PK", true)]
    [InlineData("az-Arab", true)]
    [InlineData("ku-Latn", false)]
    [InlineData("uk", false)]
    [InlineData("de", false)]
    public void Right_to_left_languages_are_recognised(string tag, bool rightToLeft)
    {
        Assert.Equal(rightToLeft, LanguageTag.IsRightToLeft(LanguageTag.Normalize(tag)!));
    }
}
