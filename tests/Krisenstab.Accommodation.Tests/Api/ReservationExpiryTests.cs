using System.Net;
using System.Net.Http.Json;
using Krisenstab.Accommodation.Tests.Support;
using Krisenstab.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.Accommodation.Tests.Api;

/// <summary>Time-driven behaviour with a fake clock that the whole app reads.</summary>
public sealed class ReservationExpiryTests
{
    [Fact]
    public async Task An_expired_reservation_frees_its_places_by_itself()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new AccommodationApp(time: clock);
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);

        using var reserve = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{id}/reservations", new { places = 6, expiresAt = clock.GetUtcNow().AddMinutes(20) });
        await reserve.ExpectJsonAsync(HttpStatusCode.Created);
        Assert.Equal(6, (await staff.FacilityAsync(id)).Number("reserved"));

        clock.Advance(TimeSpan.FromMinutes(19));
        await Eventually.TrueAsync(async () => (await staff.FacilityAsync(id)).Number("reserved") == 6, "the reservation to be still held before its time");
        clock.Advance(TimeSpan.FromMinutes(2));

        await Eventually.TrueAsync(async () => (await staff.FacilityAsync(id)).Number("reserved") == 0, "the expiry sweep to free the places");
        Assert.Equal(10, (await staff.FacilityAsync(id)).Number("free"));
    }

    [Fact]
    public async Task A_facility_whose_operator_has_not_confirmed_its_figures_for_too_long_is_flagged_until_confirmed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new AccommodationApp(time: clock, settings: new Dictionary<string, string> { ["Krisenstab:Accommodation:StaleAfter"] = "00:30:00" });
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);
        await Eventually.TrueAsync(async () => await StaleAsync(staff, id) == false, "the facility to show as fresh");

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.True(await StaleAsync(staff, id));

        (await staff.PostAsync($"{AccommodationClient.Api}/facilities/{id}/confirmations", null)).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(async () => await StaleAsync(staff, id) == false, "the confirmation to clear the flag");
    }

    private static async Task<bool?> StaleAsync(HttpClient http, Guid id)
    {
        var view = await http.GetJsonAsync($"{AccommodationClient.Api}/free-places");
        return view.GetProperty("facilities").EnumerateArray().Where(f => f.GetProperty("id").GetGuid() == id).Select(f => (bool?)f.GetProperty("stale").GetBoolean()).FirstOrDefault();
    }
}
