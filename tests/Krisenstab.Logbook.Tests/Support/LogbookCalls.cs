using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Testing;

namespace Krisenstab.Logbook.Tests.Support;

/// <summary>The calls the tests make, spelt once; each test uses a crisis id of its own.</summary>
public static class LogbookCalls
{
    public static string StaffLog(Guid crisis) => $"/api/logbook/crises/{crisis}/staff-log";

    public static string Messages(Guid crisis) => $"/api/logbook/crises/{crisis}/messages";

    public static Task<HttpResponseMessage> TakeOverAsync(this HttpClient http, Guid crisis, string? from = null, string function = "Führungsgehilfe S2") =>
        http.PostAsJsonAsync($"{StaffLog(crisis)}/keeper", new { previousKeeper = from, function });

    public static Task<HttpResponseMessage> WriteAsync(this HttpClient http, Guid crisis, string text = "Zuweisung von 80 Personen für Freitag angekündigt.", string category = "finding", string unit = "S2") =>
        http.PostAsJsonAsync($"{StaffLog(crisis)}/entries", new { category, unit, text });

    public static async Task<int> WrittenNumberAsync(this HttpClient http, Guid crisis, string text = "Zuweisung von 80 Personen für Freitag angekündigt.")
    {
        using var response = await http.WriteAsync(crisis, text);
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetInt32();
    }

    public static Task<HttpResponseMessage> LogMessageAsync(this HttpClient http, Guid crisis, string priority = "blitz", string sender = "PHK Meier, Polizeiinspektion Nord", string content = "Bus mit 50 Personen in 30 Minuten am Bahnhof") =>
        http.PostAsJsonAsync(Messages(crisis), new
        {
            direction = "incoming", channel = "phone", priority, at = DateTimeOffset.UtcNow.AddMinutes(-2), sender, recipient = "Stabsraum S2", content,
        });

    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }
}
