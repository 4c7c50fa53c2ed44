using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults;
using static Krisenstab.Communication.Tests.Domain.Spec;

namespace Krisenstab.Communication.Tests.Domain;

public sealed class FourEyesTests
{
    [Fact]
    public void A_submitted_message_is_approved_by_a_second_person_with_the_role_press()
    {
        var state = Given(Drafted(), Submitted());

        ThenEvents(MessageCommands.Approve(state, new ApproveMessage(Approver, Roles.Press), Now), new MessageApproved(MessageId, 1, Approver, Roles.Press, Now));
    }

    [Fact]
    public void The_author_cannot_approve_their_own_message_even_as_head()
    {
        var state = Given(Drafted(), Submitted());

        ThenRefused(MessageCommands.Approve(state, new ApproveMessage(Author, Roles.Head), Now), DomainErrorKind.Conflict, MessageCommands.OwnMessage);
    }

    [Fact]
    public void Someone_without_press_or_head_cannot_approve()
    {
        var state = Given(Drafted(), Submitted());

        ThenRefused(MessageCommands.Approve(state, new ApproveMessage("user-analyst", null), Now), DomainErrorKind.Conflict, MessageCommands.NotAnApprover);
    }

    [Fact]
    public void A_draft_not_submitted_cannot_be_approved()
    {
        ThenRefused(MessageCommands.Approve(Given(Drafted()), new ApproveMessage(Approver, Roles.Press), Now), DomainErrorKind.Conflict, "not-submitted");
    }

    [Fact]
    public void An_unapproved_message_cannot_be_published()
    {
        ThenRefused(MessageCommands.Publish(Given(Drafted(), Submitted()), [], Approver, Now), DomainErrorKind.Conflict, "not-approved");
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_sends_the_version_back_to_be_revised()
    {
        var state = Given(Drafted(), Submitted());
        ThenInvalid(MessageCommands.Reject(state, Approver, " ", Now), "reason");

        var rejected = state.Apply(new MessageRejected(MessageId, 1, Approver, "Uhrzeit fehlt", Now));
        ThenRefused(MessageCommands.Submit(rejected, Author, Now), DomainErrorKind.Conflict, "not-a-draft");
        ThenEvents(MessageCommands.Revise(rejected, new ReviseMessage([German], null, Author), Now), new MessageRevised(MessageId, 1, [German], null, Author, Now));
    }

    [Fact]
    public void Publishing_an_approved_version_names_its_delivery_targets_for_its_channels_only()
    {
        var state = Given(Drafted(), Submitted(), Approved());
        var webhook = new DeliveryTarget(MessageChannel.Webhook, "messenger", null);

        var decision = MessageCommands.Publish(state, [webhook], Approver, Now);

        var published = Assert.IsType<MessagePublished>(Assert.Single(decision.Events));
        Assert.Empty(published.Targets);
        Assert.Equal([German, Ukrainian], published.Texts);
    }

    [Fact]
    public void A_correction_is_a_new_version_marked_as_such_and_the_published_one_stays_readable()
    {
        var state = Given(Drafted(), Submitted(), Approved(), Published());
        var fixedText = German with { Text = "Die Ausgabestelle im Rathaus ist ab 11 Uhr geöffnet." };

        var correction = Assert.IsType<CorrectionDrafted>(Assert.Single(
            MessageCommands.Correct(state, new CorrectMessage([fixedText], null, "Uhrzeit korrigiert", Author), Now).Events));
        var corrected = state.Apply(correction).Apply(new MessageSubmitted(MessageId, CrisisId, 2, Author, Now))
            .Apply(new MessageApproved(MessageId, 2, Approver, Roles.Press, Now));
        var published = Assert.IsType<MessagePublished>(Assert.Single(MessageCommands.Publish(corrected, [], Approver, Now).Events));
        var after = corrected.Apply(published);

        Assert.Equal((2, true, "Uhrzeit korrigiert"), (published.Version, published.IsCorrection, published.CorrectionNote));
        Assert.Equal([VersionStatus.Superseded, VersionStatus.Published], after.Versions.Select(v => v.Status));
        Assert.Equal(German, after.Versions[0].Texts[0]);
    }

    [Fact]
    public void A_retraction_needs_a_reason_and_a_published_message()
    {
        ThenRefused(MessageCommands.Retract(Given(Drafted()), Approver, "falsch", Now), DomainErrorKind.Conflict, "not-published");
        var published = Given(Drafted(), Submitted(), Approved(), Published());
        ThenInvalid(MessageCommands.Retract(published, Approver, "", Now), "reason");

        ThenEvents(MessageCommands.Retract(published, Approver, "Termin abgesagt", Now), new MessageRetracted(MessageId, CrisisId, 1, "Termin abgesagt", Approver, Now));
    }
}
