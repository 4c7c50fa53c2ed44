using System.Net;
using System.Net.Http.Json;
using Krisenstab.Testing;

namespace Krisenstab.Security.Tests.PersonalData;

public static class VolunteerCalls
{
    public static async Task<VolunteerView> RegisterAsync(this HttpClient client, RegisterVolunteer volunteer)
    {
        using var response = await client.PostAsJsonAsync($"{VolunteerModule.Prefix}/volunteers", volunteer, GatewayApp.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<VolunteerView>(GatewayApp.Json))!;
    }

    public static async Task<VolunteerView> GetVolunteerAsync(this HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<VolunteerView>($"{VolunteerModule.Prefix}/volunteers/{id}", GatewayApp.Json))!;

    public static async Task<HttpStatusCode> EraseAsync(this HttpClient client, string subject)
    {
        using var response = await client.DeleteAsync(new Uri($"{VolunteerModule.Prefix}/personal-data/{subject}", UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>A person no other test knows: the name and phone are unique to this call.</summary>
    public static RegisterVolunteer Someone(string town, int languages)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        return new RegisterVolunteer($"Zofia Wiśniewska-{unique}", $"+49 561 {unique}", town, languages);
    }
}
