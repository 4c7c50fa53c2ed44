using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Testing;

namespace Krisenstab.Communication.Tests.Support;

/// <summary>The calls the tests make, spelt once.</summary>
public static class CommunicationClient
{
    public const string Prefix = "/api/communication";

    public static readonly object German = new { language = "de", title = "Ausgabestelle geöffnet", text = "Die Ausgabestelle im Rathaus ist ab 10 Uhr geöffnet." };
    public static readonly object Ukrainian = new { language = "uk", title = "Пункт видачі відкрито", text = "Пункт видачі в ратуші відкритий з 10 години." };
    public static readonly object Arabic = new { language = "ar", title = "تم فتح نقطة التوزيع", text = "نقطة التوزيع في مبنى البلدية مفتوحة من الساعة العاشرة." };

    public static Task<HttpResponseMessage> PostDraftAsync(this HttpClient http, object[] texts, string audience = "public", string[]? channels = null) =>
        http.PostAsJsonAsync($"{Prefix}/messages", new { crisisId = Guid.NewGuid(), audience, channels = channels ?? ["feed"], texts });

    public static async Task<Guid> DraftAsync(this HttpClient http, object[]? texts = null, string audience = "public", string[]? channels = null)
    {
        using var response = await http.PostDraftAsync(texts ?? [German, Ukrainian, Arabic], audience, channels);
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> StepAsync(this HttpClient http, Guid id, string step, object? body = null) =>
        http.PostAsJsonAsync($"{Prefix}/messages/{id}/{step}", body ?? new { });

    /// <summary>Drafted by <paramref name="author"/>, submitted, approved by <paramref name="approver"/>, published: the message's history after.</summary>
    public static async Task<Guid> PublishedAsync(this GatewayApp app, object[]? texts = null, string audience = "public", string[]? channels = null, string author = "staff", string approver = "press")
    {
        var writer = await app.ClientForAsync(author);
        var second = await app.ClientForAsync(approver);
        var id = await writer.DraftAsync(texts, audience, channels);
        (await writer.StepAsync(id, "submit")).EnsureSuccessStatusCode();
        (await second.StepAsync(id, "approve")).EnsureSuccessStatusCode();
        (await second.StepAsync(id, "publish")).EnsureSuccessStatusCode();
        return id;
    }

    public static async Task<JsonElement> HistoryAsync(this HttpClient http, Guid id)
    {
        using var response = await http.GetAsync($"{Prefix}/messages/{id}");
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    public static string Text(this JsonElement json, string property) => json.GetProperty(property).GetString()!;
}
