namespace Krisenstab.Security.Tests.RoleMatrix;

/// <summary>
/// The only endpoints anyone may call without a token, each with its reason. A new anonymous endpoint fails the role
/// test until it is added here. (The token endpoint <c>/connect/token</c> and static files are served by middleware,
/// not endpoints: they never reach the endpoint list.)
/// </summary>
public static class AnonymousEndpoints
{
    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>
    {
        ["GET /health/live"] = "the orchestrator asks whether the process runs; it answers nothing about the crisis",
        ["GET /health/ready"] = "the orchestrator asks whether the stores and the bus are reachable; it names only checks",
        ["GET /"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /anmelden"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /krisen"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /krisen/{id}"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /barrierefreiheit"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /krisen/{id}/{**screen}"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /personal/{**screen}"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /auftraege/{**screen}"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /mitteilungen/{**screen}"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /analyse/{**screen}"] = "the web page itself (index.html): it holds no data, the API behind it asks for a token",
        ["GET /web/settings"] = "what the page needs before sign-in: the accessibility feedback contact (public by BITV)",
        ["GET /api/communication/feeds/{audience}/{language}"] =
            "a website or an info-point screen reads the published public and refugees' messages; other audiences answer 401 without a role",
    };
}
