using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

public class PageServingTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_deep_link_answers_the_page_with_a_strict_content_security_policy_and_the_bundle_is_served_by_the_gateway()
    {
        using var client = new HttpClient { BaseAddress = Address };
        using var page = await client.GetAsync(new Uri($"/krisen/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));

        using var script = await client.GetAsync(new Uri("/app.js", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("nosniff", Assert.Single(script.Headers.GetValues("X-Content-Type-Options")));

        using var api = await client.GetAsync(new Uri("/api/situation/crises", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
