using System.Text.Json;
using Krisenstab.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>A refusal as an RFC 9457 problem detail: the status by its kind, <c>errors</c> keyed by the field.</summary>
public sealed class DomainErrorResultsTests
{
    public static TheoryData<DomainErrorKind, int> StatusByKind => new()
    {
        { DomainErrorKind.Invalid, 400 },
        { DomainErrorKind.NotFound, 404 },
        { DomainErrorKind.Conflict, 409 },
        { DomainErrorKind.PreconditionFailed, 412 },
        { DomainErrorKind.Unprocessable, 422 },
    };

    [Theory]
    [MemberData(nameof(StatusByKind))]
    public void Each_kind_has_its_status_code_and_keeps_the_code_and_detail(DomainErrorKind kind, int status)
    {
        var problem = new DomainError(kind, "some-code", "What went wrong.").ToProblem();

        Assert.Equal(status, problem.StatusCode);
        Assert.Equal(status, problem.ProblemDetails.Status);
        Assert.Equal("What went wrong.", problem.ProblemDetails.Detail);
        Assert.Equal("some-code", problem.ProblemDetails.Extensions["code"]);
        Assert.False(string.IsNullOrEmpty(problem.ProblemDetails.Title));
    }

    [Fact]
    public void An_error_without_a_field_has_no_errors()
    {
        var problem = DomainError.Conflict("limit-reached", "Full.").ToProblem();

        Assert.False(problem.ProblemDetails.Extensions.ContainsKey("errors"));
    }

    [Theory]
    [InlineData("by")]
    [InlineData("address.postalCode")]
    [InlineData("Idempotency-Key")]
    [InlineData("members[2].FirstName")]
    public async Task The_errors_are_keyed_by_the_field_exactly_as_given_also_in_the_json_sent(string field)
    {
        var problem = DomainError.Invalid(field, "Wrong.").ToProblem();

        var errors = Assert.IsType<Dictionary<string, string[]>>(problem.ProblemDetails.Extensions["errors"]);
        Assert.Equal([field], errors.Keys);
        Assert.Equal(["Wrong."], errors[field]);
        using var sent = await SendAsync(problem);
        Assert.Equal(400, sent.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("invalid-" + field, sent.RootElement.GetProperty("code").GetString());
        var sentErrors = sent.RootElement.GetProperty("errors").EnumerateObject().ToList();
        Assert.Equal([field], sentErrors.Select(p => p.Name));
        Assert.Equal("Wrong.", sentErrors[0].Value[0].GetString());
    }

    [Fact]
    public async Task An_unprocessable_error_names_its_field_too()
    {
        using var sent = await SendAsync(DomainError.Unprocessable("Idempotency-Key", "idempotency-key-reused", "Used before.").ToProblem());

        Assert.Equal(422, sent.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Used before.", sent.RootElement.GetProperty("errors").GetProperty("Idempotency-Key")[0].GetString());
    }

    /// <summary>The problem as the services send it: JSON with the contract options, as ServiceDefaults configures them.</summary>
    private static async Task<JsonDocument> SendAsync(Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult result)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddProblemDetails()
            .Configure<JsonOptions>(options => ContractJson.Configure(options.SerializerOptions))
            .BuildServiceProvider();
        await using var _ = services;
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        context.Response.Body.Position = 0;
        return await JsonDocument.ParseAsync(context.Response.Body);
    }
}
