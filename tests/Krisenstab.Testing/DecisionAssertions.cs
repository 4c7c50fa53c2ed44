using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Xunit;

namespace Krisenstab.Testing;

/// <summary>The "then" of a Given/When/Then test of a pure decision: the events it came to, or its refusal.</summary>
public static class DecisionAssertions
{
    public static void ThenEvents(Decision decision, params object[] expected)
    {
        Assert.Null(decision.Error);
        Assert.Equal(expected.Select(Describe), decision.Events.Select(Describe));
    }

    public static DomainError ThenRefused(Decision decision, DomainErrorKind kind, string code)
    {
        Assert.NotNull(decision.Error);
        Assert.Empty(decision.Events);
        Assert.Equal((kind, code), (decision.Error.Kind, decision.Error.Code));
        return decision.Error;
    }

    public static void ThenInvalid(Decision decision, string field) =>
        Assert.Equal(field, ThenRefused(decision, DomainErrorKind.Invalid, "invalid-" + field).Field);

    /// <summary>Events compare as their wire form: type name plus JSON (records holding lists do not compare by value).</summary>
    private static string Describe(object e) =>
        EventTypeMap.Public.NameOf(e.GetType()) + " " + JsonSerializer.Serialize(e, e.GetType(), ContractJson.Options);
}
