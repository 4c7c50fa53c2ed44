using System.Net.Http.Json;

namespace Krisenstab.Testing;

public static class KeyedPosts
{
    /// <summary>POSTs <paramref name="body"/> as JSON with an <c>Idempotency-Key</c>, as a form's submit or a client's retry does.</summary>
    public static Task<HttpResponseMessage> PostWithKeyAsync(this HttpClient http, string path, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return http.SendAsync(request);
    }
}
