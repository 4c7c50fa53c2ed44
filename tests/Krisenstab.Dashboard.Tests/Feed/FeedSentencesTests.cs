using Krisenstab.Contracts.Accommodation;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Feed;

namespace Krisenstab.Dashboard.Tests.Feed;

public class FeedSentencesTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Crisis = Guid.CreateVersion7();
    private static readonly Guid Gym = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();

    public static TheoryData<object, string, string> EveryEventType => new()
    {
        {
            new CrisisOpened(Crisis, "Ankunft Ost", "Landkreis Nord", Morning),
            "Lage „Ankunft Ost“ eröffnet (Landkreis Nord)", "Crisis “Ankunft Ost” opened (Landkreis Nord)"
        },
        {
            new CrisisEscalated(Crisis, 1, 3, "Zustrom verdoppelt", Morning),
            "Lage auf Stufe 3 erhöht (Zustrom verdoppelt)", "Crisis raised to level 3 (Zustrom verdoppelt)"
        },
        { new CrisisClosed(Crisis, Morning, null), "Lage beendet", "Crisis closed" },
        {
            new FacilityRegistered(Gym, "Turnhalle Nord", FacilityKind.EmergencyShelter, "Bramsche", "Am Markt 1", FacilityOperator.Municipal, 40, [], Morning, Gym40()),
            "Turnhalle Nord: als Notunterkunft in Bramsche aufgenommen, 40 Plätze", "Turnhalle Nord: registered as emergency shelter in Bramsche, 40 places"
        },
        {
            new FacilityCapacityChanged(Gym, 30, 40, Gym40(occupied: 4)),
            "Turnhalle Nord: Kapazität von 30 auf 40 Plätze geändert, 36 Plätze frei", "Turnhalle Nord: capacity changed from 30 to 40 places, 36 places free"
        },
        {
            new FacilityClosed(Gym, "Wasserschaden", Gym40(occupied: 4, closed: true)),
            "Turnhalle Nord: geschlossen (Wasserschaden), 4 Personen bleiben untergebracht", "Turnhalle Nord: closed (Wasserschaden), 4 people stay"
        },
        { new FacilityReopened(Gym, Gym40(occupied: 4)), "Turnhalle Nord: wieder geöffnet, 36 Plätze frei", "Turnhalle Nord: reopened, 36 places free" },
        {
            new OccupancyConfirmed(Gym, Morning, Gym40(occupied: 4)),
            "Turnhalle Nord: Belegung bestätigt, 36 Plätze frei", "Turnhalle Nord: figures confirmed, 36 places free"
        },
        {
            new PlacesBlocked(Gym, Other, 5, BlockReason.Quarantine, "Masern", Gym40(occupied: 4, blocked: 5)),
            "Turnhalle Nord: 5 Plätze gesperrt (Quarantäne), 31 Plätze frei", "Turnhalle Nord: 5 places blocked (quarantine), 31 places free"
        },
        {
            new PlacesUnblocked(Gym, Other, 1, Gym40(occupied: 4)),
            "Turnhalle Nord: 1 Platz wieder freigegeben, 36 Plätze frei", "Turnhalle Nord: 1 place unblocked, 36 places free"
        },
        {
            new PlacesReserved(Gym, Other, 6, Morning.AddHours(2), "Bus 7", Gym40(occupied: 4, reserved: 6)),
            "Turnhalle Nord: 6 Plätze reserviert (Bus 7), 30 Plätze frei", "Turnhalle Nord: 6 places reserved (Bus 7), 30 places free"
        },
        {
            new ReservationExpired(Gym, Other, 6, Gym40(occupied: 4)),
            "Turnhalle Nord: Reservierung abgelaufen, 6 Plätze zurück, 36 Plätze frei", "Turnhalle Nord: reservation expired, 6 places released, 36 places free"
        },
        {
            new ReservationCancelled(Gym, Other, 2, Gym40(occupied: 4)),
            "Turnhalle Nord: Reservierung storniert, 2 Plätze zurück, 36 Plätze frei", "Turnhalle Nord: reservation cancelled, 2 places released, 36 places free"
        },
        {
            new HouseholdPlaced(Gym, "AZ-1", 4, [], ["uk"], null, 0, null, Gym40(occupied: 4)),
            "Turnhalle Nord: Haushalt (4 Personen) untergebracht, 36 Plätze frei", "Turnhalle Nord: household (4 people) placed, 36 places free"
        },
        {
            new HouseholdPlaced(Gym, "AZ-2", 1, [], [], Other, 1, null, Gym40(occupied: 4)),
            "Turnhalle Nord: Haushalt (1 Person) aus Reservierung untergebracht, 36 Plätze frei", "Turnhalle Nord: household (1 person) placed from a reservation, 36 places free"
        },
        {
            new HouseholdPlaced(Gym, "AZ-3", 4, [], [], null, 0, Other, Gym40(occupied: 4)),
            "Turnhalle Nord: Haushalt (4 Personen) durch Verlegung aufgenommen, 36 Plätze frei", "Turnhalle Nord: household (4 people) taken in by transfer, 36 places free"
        },
        {
            new HouseholdMovedOut(Gym, "AZ-4", 4, MoveOutReason.PrivateHousing, Gym40()),
            "Turnhalle Nord: Haushalt (4 Personen) ausgezogen (in eine Privatwohnung), 40 Plätze frei",
            "Turnhalle Nord: household (4 people) moved out (to private housing), 40 places free"
        },
        {
            new HouseholdTransferredOut(Gym, "AZ-5", 4, Other, Gym40()),
            "Turnhalle Nord: Haushalt (4 Personen) verlegt, 40 Plätze frei", "Turnhalle Nord: household (4 people) transferred out, 40 places free"
        },
    };

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void Every_event_type_is_one_sentence_in_german_and_in_english(object @event, string german, string english)
    {
        var sentence = FeedSentences.Of(@event, "unused");

        Assert.Equal((german, english), (sentence.De, sentence.En));
        Assert.DoesNotContain("AZ-", sentence.De, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_numbers_are_written_the_german_and_the_english_way()
    {
        var registered = new FacilityRegistered(
            Gym, "Messehalle", FacilityKind.SharedShelter, "Osnabrück", "Messeweg 1", FacilityOperator.Municipal, 1200, [], Morning,
            new FacilityOccupancy("Messehalle", "Osnabrück", 1200, 0, 0, 0, Closed: false));

        var sentence = FeedSentences.Of(registered, "unused");

        Assert.Equal(
            ("Messehalle: als Gemeinschaftsunterkunft in Osnabrück aufgenommen, 1.200 Plätze", "Messehalle: registered as shared shelter in Osnabrück, 1,200 places"),
            (sentence.De, sentence.En));
    }

    [Fact]
    public void An_event_this_build_has_no_sentence_for_is_named_by_its_wire_name()
    {
        var sentence = FeedSentences.Of(new object(), "staff.shift-started.v1");

        Assert.Equal(("Ereignis staff.shift-started.v1", "Event staff.shift-started.v1"), (sentence.De, sentence.En));
    }

    private static FacilityOccupancy Gym40(int occupied = 0, int blocked = 0, int reserved = 0, bool closed = false) =>
        new("Turnhalle Nord", "Bramsche", 40, occupied, blocked, reserved, closed);
}
