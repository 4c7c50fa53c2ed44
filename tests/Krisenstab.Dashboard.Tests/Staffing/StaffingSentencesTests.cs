using Krisenstab.Contracts;
using Krisenstab.Contracts.Staffing;
using Krisenstab.Dashboard.Feed;

namespace Krisenstab.Dashboard.Tests.Staffing;

public sealed class StaffingSentencesTests
{
    private static readonly DeploymentPeriod March = new(new DateOnly(2022, 3, 14), new DateOnly(2022, 3, 27));
    private static readonly Guid Request = Guid.CreateVersion7();
    private static readonly Guid Member = Guid.CreateVersion7();

    public static TheoryData<object, string, string> Events() => new()
    {
        {
            new MemberRegistered(Member, MemberKind.Interpreter, null, new PersonalText("member-x", "c2VhbGVk"), null, null, [], [new("uk", LanguageLevel.Native)], []),
            "Personalpool: Sprachmittler/in aufgenommen (uk)", "Staff pool: interpreter joined (uk)"
        },
        { new AvailabilityChanged(Member, []), "Personalpool: Verfügbarkeit eines Mitglieds geändert", "Staff pool: a member's availability changed" },
        {
            new DeploymentRequested(Request, "Ankunftszentrum", "Messehalle 2", null, [], ["uk", "ru"], March, true, new RequestFill(3, 0)),
            "Messehalle 2: Ankunftszentrum fordert Sprachmittlung an, 3 Personen (uk, ru), 14.03.–27.03.2022",
            "Messehalle 2: Ankunftszentrum requests interpreting, 3 people (uk, ru), 14 Mar–27 Mar 2022"
        },
        {
            new MemberAssigned(Request, Member, MemberKind.Interpreter, null, "Messehalle 2", null, March, ["uk"], true, new RequestFill(3, 1)),
            "Messehalle 2: Sprachmittler/in hat den Einsatz übernommen (uk), 1 von 3 besetzt",
            "Messehalle 2: interpreter took the deployment (uk), 1 of 3 filled"
        },
        {
            new AssignmentConfirmed(Request, Member, "Bürgeramt", new RequestFill(3, 1)),
            "Personaleinsatz bestätigt (Bürgeramt), 1 von 3 besetzt", "Deployment confirmed (Bürgeramt), 1 of 3 filled"
        },
        {
            new MemberReleased(Request, Member, "Bürgeramt", null, new RequestFill(3, 0)),
            "Mitarbeiter/in zurück an Bürgeramt, 0 von 3 besetzt", "Staff member back to Bürgeramt, 0 of 3 filled"
        },
        {
            new HoursRecorded(Request, Member, new DateOnly(2022, 3, 15), 6.5m, new RequestFill(3, 1)),
            "Einsatzstunden erfasst: 6,5 h am 15.03.2022", "Deployment hours recorded: 6.5 h on 15 Mar 2022"
        },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_staffing_event_has_its_sentence_in_German_and_English_naming_no_one(object @event, string german, string english)
    {
        var sentence = FeedSentences.Of(@event, EventTypeMap.Public.NameOf(@event.GetType()));

        Assert.Equal((german, english), (sentence.De, sentence.En));
        Assert.DoesNotContain("c2VhbGVk", sentence.De, StringComparison.Ordinal);
    }
}
