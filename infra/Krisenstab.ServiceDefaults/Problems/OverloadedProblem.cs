using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Krisenstab.ServiceDefaults.Problems;

/// <summary>503 with <c>Retry-After</c>: the command did not start, nothing was stored.</summary>
public static class OverloadedProblem
{
    public const string Type = "urn:krisenstab:problem:overloaded";

    /// <summary>The problem, with <c>Retry-After</c> set on the response (whole seconds, at least 1).</summary>
    public static ProblemDetails For(HttpContext httpContext, string detail, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Type = Type,
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Overloaded: the server cannot take this command now",
            Detail = detail,
        };
        problem.Extensions["code"] = "overloaded";
        return problem;
    }
}
