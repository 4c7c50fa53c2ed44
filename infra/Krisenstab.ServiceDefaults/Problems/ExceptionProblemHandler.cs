using System.Text.Json;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Krisenstab.ServiceDefaults.Problems;

/// <summary>Turns every exception that escapes an endpoint into an RFC 9457 problem detail with the right status code.</summary>
internal sealed class ExceptionProblemHandler(IProblemDetailsService problems, ILogger<ExceptionProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            WrongExpectedVersionException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Changed by someone else",
                Detail = conflict.Message + " Reload and try again.",
            },
            BadHttpRequestException bad => BadRequest(bad),
            CommandsOverloadedException overloaded => OverloadedProblem.For(httpContext, overloaded.Message, overloaded.RetryAfter),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Unexpected error" };
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A request the server could not read: malformed JSON names the JSON path that is wrong.</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
            Detail = bad.Message,
        };
        if (bad.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
            var what = JsonErrorText.Describe(field, json);
            problem.Detail = $"The request body could not be read: {what}";
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [what] };
        }
        return problem;
    }
}
