using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Krisenstab.ServiceDefaults.Problems;

/// <summary>
/// Refuses request bodies over <see cref="MaxBytes"/> with a 413 problem. A declared Content-Length is refused at once;
/// a chunked body is cut off by the server's own limit, which surfaces as a 413 <see cref="BadHttpRequestException"/>.
/// An endpoint that takes files (a crisis import) names its own limit by <see cref="IRequestSizeLimitMetadata"/>.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public const long MaxBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? MaxBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            throw new BadHttpRequestException(
                $"The request body is {context.Request.ContentLength} bytes; at most {maxBytes} bytes are accepted.",
                StatusCodes.Status413PayloadTooLarge);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }
        await next(context);
    }
}
