using Krisenstab.Communication.Board;
using Krisenstab.Communication.Feeds;
using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Communication.Api;

/// <summary>
/// The Atom feed per audience and language. Anonymous on purpose: a website or an info-point screen reads the public
/// and the refugees' feeds without signing in; the other audiences' feeds still need a signed-in role.
/// </summary>
public static class FeedEndpoints
{
    public static readonly IReadOnlySet<Audience> PublicAudiences = new HashSet<Audience> { Audience.Public, Audience.Refugees };

    public static void MapFeedEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/feeds/{audience}/{language}", Feed).AllowAnonymous();

    private static Results<ContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult> Feed(
        string audience, string language, HttpContext http, MessageBoard board, TimeProvider time)
    {
        if (FeedRoute.Parse(audience, language) is not ({ } parsed, { } tag))
        {
            return FeedRoute.Invalid(audience).ToProblem();
        }
        if (!PublicAudiences.Contains(parsed) && !Roles.All.Any(http.User.IsInRole))
        {
            return TypedResults.Unauthorized();
        }
        var path = $"{CommunicationApi.Prefix}/feeds/{AtomFeed.Wire(parsed)}/{tag}";
        var self = Uri.TryCreate($"{http.Request.Scheme}://{http.Request.Host}{path}", UriKind.Absolute, out var absolute) ? absolute : new Uri(path, UriKind.Relative);
        var xml = AtomFeed.Write(parsed, tag, board.PublishedFor(parsed, tag, feedOnly: true), self, time.GetUtcNow());
        return TypedResults.Text(xml, AtomFeed.MediaType + "; charset=utf-8");
    }
}
