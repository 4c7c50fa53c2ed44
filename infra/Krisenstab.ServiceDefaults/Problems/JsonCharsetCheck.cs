using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Krisenstab.ServiceDefaults.Problems;

/// <summary>
/// JSON is UTF-8 (RFC 8259): a body declaring another charset is refused with a 415 problem, before the JSON reader
/// would fail on an encoding it does not know (UTF-7 is disabled in .NET) and answer 500.
/// </summary>
internal sealed class JsonCharsetCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            && type.Charset.HasValue
            && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException(
                $"The request body declares charset '{type.Charset}'; send JSON as UTF-8.", StatusCodes.Status415UnsupportedMediaType);
        }
        return next(context);
    }
}
