using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Testing;

namespace Krisenstab.WebApp.Tests.Support;

/// <summary>
/// A test against the gateway on a real Kestrel port with its own data directory, and a fresh browser context
/// (German, Europe/Berlin, 1600×1000) on it. Helpers act through the page like a user, or through the API like a colleague.
/// </summary>
public abstract class PageTest(BrowserFixture browser) : IAsyncLifetime
{
    protected GatewayApp Gateway { get; set; } = null!;

    protected Uri Address { get; private set; } = null!;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Script errors and dialogs the page raised; a test that expects none asserts it is empty.</summary>
    protected List<string> PageErrors { get; } = [];

    public virtual async Task InitializeAsync()
    {
        Gateway = CreateGateway();
        Address = Gateway.StartOnLoopback();
        await OpenContextAsync();
    }

    protected virtual GatewayApp CreateGateway() => new();

    protected async Task OpenContextAsync()
    {
        Context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        Page = await Context.NewPageAsync();
        Page.PageError += (_, error) => PageErrors.Add(error);
        Page.Dialog += (_, dialog) => PageErrors.Add($"dialog: {dialog.Message}");
    }

    public virtual async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        await Gateway.DisposeAsync();
    }

    protected async Task SignInAsync(string user, string path = "/krisen")
    {
        await Page.GotoAsync(path);
        await Page.GetByLabel("Benutzername").FillAsync(user);
        await Page.GetByLabel("Passwort").FillAsync(GatewayApp.DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-user]")).ToContainTextAsync(user);
    }

    protected async Task<Guid> OpenCrisisAsync(string name = "Zugang Ukraine", string region = "Landkreis Kassel")
    {
        using var head = await Gateway.ClientForAsync("head");
        return await CreatedIdAsync(await head.PostAsJsonAsync("/api/situation/crises", new { name, region }));
    }

    protected async Task<Guid> RegisterFacilityAsync(string name, string town, int capacity)
    {
        using var staff = await Gateway.ClientForAsync("staff");
        return await CreatedIdAsync(await staff.PostAsJsonAsync(
            "/api/accommodation/facilities", new { name, kind = "shared-shelter", town, address = "Am Markt 1", capacity, features = new[] { "step-free" } }));
    }

    protected async Task PlaceAsync(Guid facilityId, string householdRef, int size, Guid crisisId)
    {
        using var staff = await Gateway.ClientForAsync("staff");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/accommodation/facilities/{facilityId}/placements")
        {
            Content = JsonContent.Create(new { householdRef, size, crisisId }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await staff.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the crisis's page and waits until its live picture shows the crisis's name.</summary>
    protected async Task OpenPictureAsync(Guid crisisId, string name)
    {
        await Page.GotoAsync($"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync(name, new() { Timeout = 15_000 });
    }

    protected ILocator FacilityRow(string name) => Page.Locator($"tr[data-facility=\"{name}\"]");

    /// <summary>The open dialog (a facility's panel, a form).</summary>
    protected ILocator Dialog => Page.Locator("dialog[open]");

    /// <summary>Opens a facility's panel from its row in the picture and waits for its heading.</summary>
    protected async Task<ILocator> OpenFacilityPanelAsync(string name)
    {
        await FacilityRow(name).GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync(new() { Timeout = 15_000 });
        await Expect(Dialog.GetByRole(AriaRole.Heading, new() { Name = $"Einrichtung {name}" })).ToBeVisibleAsync();
        return Dialog;
    }

    /// <summary>The form named <paramref name="title"/> (its heading labels it).</summary>
    protected ILocator Form(string title) => Page.GetByRole(AriaRole.Form, new() { Name = title, Exact = true });

    protected async Task<JsonElement> FacilityAsync(Guid facilityId)
    {
        using var staff = await Gateway.ClientForAsync("staff");
        return await staff.GetFromJsonAsync<JsonElement>($"/api/accommodation/facilities/{facilityId}");
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(response.IsSuccessStatusCode, body.ToString());
            return body.GetProperty("id").GetGuid();
        }
    }
}
