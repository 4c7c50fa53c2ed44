using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using MassTransit;
using Microsoft.AspNetCore.SignalR.Client;

namespace Krisenstab.Dashboard.Tests.Api;

public class AccommodationBoardTests
{
    private const string Board = "/api/dashboard/accommodation";

    [Fact]
    public async Task The_board_shows_free_places_per_facility_and_per_town_and_the_reserved_ones()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync(Roles.Staff);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var gym = await staff.RegisterFacilityAsync("Turnhalle Nord", "Bramsche", 10);
        var school = await staff.RegisterFacilityAsync("Schule Süd", "Bramsche", 6);
        var hotel = await staff.RegisterFacilityAsync("Hotel Hase", "Osnabrück", 4);

        await staff.PlaceHouseholdAsync(gym, "AZ-2025-001", 3);
        await staff.ReservePlacesAsync(school, 2, app.Service<TimeProvider>().GetUtcNow().AddHours(2));

        var board = await Eventually.ReturnsAsync(
            () => analyst.GetJsonAsync(Board),
            b => b.FacilityRow(gym)?.Number("occupied") == 3 && b.FacilityRow(school)?.Number("reserved") == 2 && b.FacilityRow(hotel) is not null,
            "the placement and the reservation on the board");
        Assert.Equal((10, 3, 0, 7), Figures(board.FacilityRow(gym)!.Value));
        Assert.Equal((6, 0, 2, 4), Figures(board.FacilityRow(school)!.Value));
        Assert.Equal((4, 0, 0, 4), Figures(board.FacilityRow(hotel)!.Value));
        Assert.Equal((16, 3, 2, 11), Figures(board.TownRow("Bramsche")));
        Assert.Equal((4, 0, 0, 4), Figures(board.TownRow("Osnabrück")));
        Assert.Equal((20, 3, 2, 15), Figures(board.GetProperty("district")));
        Assert.Equal(["Turnhalle Nord", "Schule Süd", "Hotel Hase"], new[] { gym, school, hotel }.Select(id => board.FacilityRow(id)!.Value.GetProperty("name").GetString()));
        Assert.Equal("accommodation.places-reserved.v1", board.FacilityRow(school)!.Value.GetProperty("lastChangeType").GetString());
    }

    [Fact]
    public async Task Hub_clients_of_all_crises_and_of_a_crisis_receive_accommodation_changes()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.OpenCrisisAsync();
        await Eventually.TrueAsync(async () => await head.TryGetAsync<SituationPicture>($"/api/dashboard/crises/{crisisId}/picture") is not null, "the crisis picture");
        await using var allCrises = await app.ConnectHubAsync(Roles.Analyst);
        await using var oneCrisis = await app.ConnectHubAsync(Roles.Staff);
        var seenByAll = Listen(allCrises);
        var seenByCrisis = Listen(oneCrisis);
        await allCrises.InvokeAsync<JsonElement>(nameof(SituationHub.JoinAllCrises));
        await oneCrisis.InvokeAsync<JsonElement>(nameof(SituationHub.JoinCrisis), crisisId);

        var facility = await head.RegisterFacilityAsync("Container Dorf", "Melle", 12);
        await head.PlaceHouseholdAsync(facility, "AZ-2025-002", 5);

        foreach (var seen in new[] { seenByAll, seenByCrisis })
        {
            var change = await Eventually.ReturnsAsync(
                () => Task.FromResult(seen.FirstOrDefault(c => c.GetProperty("facility").Number("occupied") == 5)),
                c => c.ValueKind == JsonValueKind.Object,
                "accommodationChanged after the placement");
            Assert.Equal(facility, change.GetProperty("facility").GetProperty("facilityId").GetGuid());
            Assert.Equal(("Melle", 7), (change.GetProperty("town").GetProperty("town").GetString(), change.GetProperty("town").Number("free")));
            Assert.Equal(7, change.GetProperty("board").GetProperty("district").Number("free"));
            Assert.Equal(2, change.GetProperty("board").GetProperty("version").GetInt64());
            var entry = change.GetProperty("entry");
            Assert.Equal(
                ("Container Dorf: Haushalt (5 Personen) untergebracht, 7 Plätze frei", "Container Dorf: household (5 people) placed, 7 places free"),
                (entry.GetProperty("de").GetString(), entry.GetProperty("en").GetString()));
            Assert.Equal("accommodation.household-placed.v1", entry.GetProperty("eventType").GetString());
        }
        var board = await oneCrisis.InvokeAsync<JsonElement>(nameof(SituationHub.GetAccommodationBoard));
        Assert.Equal(7, board.FacilityRow(facility)!.Value.Number("free"));
    }

    [Fact]
    public async Task The_same_accommodation_message_delivered_twice_is_journalled_once()
    {
        await using var app = new GatewayApp();
        var bus = app.Service<IBus>();
        var consumed = new ConsumedMessages<FacilityRegistered>();
        using var observing = bus.ConnectConsumeMessageObserver(consumed);
        var facilityId = Guid.CreateVersion7();
        var crisisId = Guid.CreateVersion7();
        var eventId = Guid.CreateVersion7();
        var registeredAt = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var registered = new FacilityRegistered(
            facilityId, "Halle West", FacilityKind.EmergencyShelter, "Quakenbrück", "Am Markt 2", FacilityOperator.Municipal, 40, [], registeredAt,
            new FacilityOccupancy("Halle West", "Quakenbrück", 40, 0, 0, 0, Closed: false));

        await bus.PublishAsStoredAsync(registered, eventId, registeredAt, crisisId);
        await bus.PublishAsStoredAsync(registered, eventId, registeredAt, crisisId);
        await Eventually.TrueAsync(() => consumed.Count(eventId) == 2, "both deliveries consumed");

        var journal = app.Service<DashboardJournal>();
        var entry = Assert.Single(await journal.ReadAsync(JournalStreams.Accommodation, CancellationToken.None));
        var journalled = Assert.IsType<FacilityRegistered>(entry.Event);
        Assert.Equal((eventId, "accommodation.facility-registered.v1", facilityId, registered.Occupancy), (entry.EventId, entry.EventType, journalled.FacilityId, journalled.Occupancy));
        var copy = Assert.Single(await journal.ReadAsync(JournalStreams.Crisis(crisisId), CancellationToken.None));
        Assert.Equal((facilityId, crisisId), (Assert.IsType<FacilityRegistered>(copy.Event).FacilityId, copy.Metadata.CrisisId));
        Assert.NotEqual(eventId, copy.EventId);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var board = await Eventually.ReturnsAsync(() => analyst.GetJsonAsync(Board), b => b.FacilityRow(facilityId) is not null, "the facility on the board");
        Assert.Equal(1, board.GetProperty("district").Number("facilities"));
    }

    [Fact]
    public async Task The_crisis_picture_includes_the_accommodation_board_also_as_of_a_time()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.OpenCrisisAsync();
        var facility = await head.RegisterFacilityAsync("Jugendherberge", "Bersenbrück", 8);
        await head.PlaceHouseholdAsync(facility, "AZ-2025-003", 4, crisisId);

        var picture = await Eventually.ReturnsAsync(
            () => head.GetJsonAsync($"/api/dashboard/crises/{crisisId}/picture"),
            p => p.GetProperty("accommodation").FacilityRow(facility)?.Number("occupied") == 4,
            "the placement in the crisis picture");
        Assert.Equal((8, 4, 0, 4), Figures(picture.GetProperty("accommodation").TownRow("Bersenbrück")));
        var crisisJournal = await Eventually.ReturnsAsync(
            () => head.GetJsonAsync($"/api/dashboard/crises/{crisisId}/journal"),
            j => j.GetArrayLength() == 2,
            "the placement made for the crisis in its journal");
        Assert.Equal("accommodation.household-placed.v1", crisisJournal[1].GetProperty("eventType").GetString());

        var accommodationJournal = await head.GetJsonAsync($"{Board}/journal");
        var registeredAt = accommodationJournal[0].GetProperty("occurredAt").GetDateTimeOffset().ToString("O", CultureInfo.InvariantCulture);
        var boardThen = await head.GetJsonAsync($"{Board}?asOf={Uri.EscapeDataString(registeredAt)}");
        var pictureThen = await head.GetJsonAsync($"/api/dashboard/crises/{crisisId}/picture?asOf={Uri.EscapeDataString(registeredAt)}");
        Assert.Equal((8, 0, 0, 8), Figures(boardThen.FacilityRow(facility)!.Value));
        Assert.Equal((8, 0, 0, 8), Figures(pictureThen.GetProperty("accommodation").FacilityRow(facility)!.Value));
    }

    private static (int Capacity, int Occupied, int Reserved, int Free) Figures(JsonElement row) =>
        (row.Number("capacity"), row.Number("occupied"), row.Number("reserved"), row.Number("free"));

    private static ConcurrentQueue<JsonElement> Listen(HubConnection hub)
    {
        var changes = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>(SituationHubClient.AccommodationChanged, changes.Enqueue);
        return changes;
    }
}
