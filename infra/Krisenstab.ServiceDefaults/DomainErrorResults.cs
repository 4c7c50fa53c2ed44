using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Krisenstab.ServiceDefaults;

public static class DomainErrorResults
{
    /// <summary>The problem detail for a refused command; invalid input is a validation problem keyed by the field.</summary>
    public static ProblemHttpResult ToProblem(this DomainError error)
    {
        var status = error.Kind switch
        {
            DomainErrorKind.Invalid => StatusCodes.Status400BadRequest,
            DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
            DomainErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
            DomainErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status409Conflict,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Field is not null)
        {
            extensions["errors"] = new Dictionary<string, string[]> { [error.Field] = [error.Detail] };
        }
        return TypedResults.Problem(
            detail: error.Detail,
            statusCode: status,
            title: error.Kind switch
            {
                DomainErrorKind.Invalid => "Invalid input",
                DomainErrorKind.NotFound => "Not found",
                DomainErrorKind.PreconditionFailed => "Changed meanwhile",
                DomainErrorKind.Unprocessable => "Contradicts an earlier request",
                _ => "Refused by the current state",
            },
            extensions: extensions);
    }
}
