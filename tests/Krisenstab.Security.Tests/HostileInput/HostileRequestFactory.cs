using System.Reflection;
using System.Text;
using Krisenstab.Security.Tests.RoleMatrix;
using Microsoft.AspNetCore.Http.Metadata;

namespace Krisenstab.Security.Tests.HostileInput;

/// <summary>Builds one hostile request for an endpoint, from its route, its body type and its query parameters; deterministic for a seed.</summary>
public sealed class HostileRequestFactory(Random random, IReadOnlyList<Guid> knownIds)
{
    private static readonly Type[] QueryTypes = [typeof(string), typeof(int), typeof(bool), typeof(Guid), typeof(DateTimeOffset), typeof(string[])];

    public HttpRequestMessage Create(DeclaredEndpoint endpoint, Attack attack)
    {
        var bodyType = endpoint.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var template = bodyType is null ? null : new BodyTemplate(bodyType, random, knownIds);
        var path = attack == Attack.PathTrick ? TrickPath(endpoint) : endpoint.PathWith(ValidSegment);
        var query = attack == Attack.HostileQuery ? HostileQuery(endpoint) : "";
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path + query);
        var (body, contentType) = Body(attack, template);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        if (attack == Attack.BadIdempotencyKey)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", Pick(HostileValues.IdempotencyKeys));
        }
        if (attack == Attack.BadIfMatch)
        {
            request.Headers.TryAddWithoutValidation("If-Match", Pick(HostileValues.IfMatches));
        }
        return request;
    }

    private (byte[]? Body, string? ContentType) Body(Attack attack, BodyTemplate? template)
    {
        const string json = "application/json";
        var valid = template?.Json() ?? "{}";
        return attack switch
        {
            Attack.BrokenJson => (Encoding.UTF8.GetBytes(valid[..random.Next(valid.Length)] + Pick(["", "\"", ",", "}", "\\"])), json),
            Attack.RawBody => (Encoding.UTF8.GetBytes(Pick(HostileValues.Bodies)), json),
            Attack.InvalidUtf8 => ([.. Encoding.UTF8.GetBytes("{\"name\":\""), 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\"}")], json),
            Attack.WrongContentType => (Encoding.UTF8.GetBytes(valid), random.Next(5) == 0 ? null : Pick(HostileValues.ContentTypes)),
            Attack.OversizeBody => (Encoding.UTF8.GetBytes("{\"name\":\"" + new string('x', 70_000) + "\"}"), json),
            Attack.NoFields => (Encoding.UTF8.GetBytes("{}"), json),
            Attack.ExtraField => (Encoding.UTF8.GetBytes(valid.Length > 2
                ? valid[..^1] + $",\"{Pick(["extra", "__proto__", "$type", "id", "Name", ""])}\":{Pick(HostileValues.AnyKind)}}}"
                : "{\"extra\":1}"), json),
            _ when template is null || template.Fields.Count == 0 => (Encoding.UTF8.GetBytes(Pick(HostileValues.AnyKind)), json),
            _ => (Encoding.UTF8.GetBytes(FieldAttack(attack, template)), json),
        };
    }

    private string FieldAttack(Attack attack, BodyTemplate template)
    {
        BodyTemplate.Field FieldWhere(Func<BodyTemplate.Field, bool> fits) =>
            template.Fields.Where(fits).ToList() is { Count: > 0 } fitting ? fitting[random.Next(fitting.Count)] : Pick(template.Fields);
        return attack switch
        {
            Attack.MissingField => template.With(Pick(template.Fields), null),
            Attack.WrongType => template.With(Pick(template.Fields), Pick(HostileValues.AnyKind)),
            Attack.HostileString => template.With(FieldWhere(f => f.IsText), Pick(HostileValues.Strings)),
            Attack.AbsurdNumber => template.With(FieldWhere(f => f.IsNumber), Pick(HostileValues.Numbers)),
            Attack.AbsurdDate => template.With(FieldWhere(f => f.IsDate), Pick(HostileValues.Dates)),
            Attack.BadGuid => template.With(FieldWhere(f => f.IsGuid), Pick(HostileValues.Guids)),
            _ => template.Json(),
        };
    }

    private string ValidSegment(string name, bool isGuid) =>
        isGuid ? (knownIds.Count > 0 && random.Next(3) > 0 ? knownIds[random.Next(knownIds.Count)] : BodyTemplate.RandomGuid(random)).ToString()
        : "KS-2022-0417";

    private string TrickPath(DeclaredEndpoint endpoint)
    {
        var tricked = false;
        var path = endpoint.PathWith((name, isGuid) =>
        {
            if (!tricked && random.Next(2) == 0)
            {
                tricked = true;
                return Pick(HostileValues.PathSegments);
            }
            return ValidSegment(name, isGuid);
        });
        return tricked ? path : path.TrimEnd('/') + "/" + Pick(HostileValues.PathSegments);
    }

    private string HostileQuery(DeclaredEndpoint endpoint)
    {
        var routeNames = endpoint.Endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = (endpoint.Endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
            .Where(p => QueryTypes.Contains(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) && !routeNames.Contains(p.Name!))
            .Select(p => p.Name!)
            .Append(Pick(["unknown", "%00", "a[b]", "__proto__"]))
            .ToList();
        return "?" + string.Join("&", names.SelectMany(name => Enumerable.Range(0, random.Next(1, 3)).Select(_ => $"{name}={Pick(HostileValues.QueryValues)}")));
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
