using Krisenstab.Testing;

namespace Krisenstab.Tasking.Tests.Support;

/// <summary>
/// The embedded gateway (<see cref="GatewayApp"/>) with two units whose members are development users: <c>staff</c> in
/// S4 (Versorgung), <c>head</c> in S3 (Einsatz); press, analyst and admin belong to none.
/// </summary>
public sealed class TaskingApp(string? postgres = null, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    : GatewayApp(postgres, time, WithUnits(settings))
{
    public const string Supply = "S4";
    public const string Operations = "S3";

    private static Dictionary<string, string> WithUnits(IReadOnlyDictionary<string, string>? settings)
    {
        var all = new Dictionary<string, string>
        {
            [$"Krisenstab:Tasking:Units:{Supply}:Name"] = "Versorgung",
            [$"Krisenstab:Tasking:Units:{Supply}:Members:0"] = "staff",
            [$"Krisenstab:Tasking:Units:{Operations}:Name"] = "Einsatz",
            [$"Krisenstab:Tasking:Units:{Operations}:Members:0"] = "head",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        return all;
    }
}
