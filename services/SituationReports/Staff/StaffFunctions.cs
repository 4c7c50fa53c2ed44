using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.SituationReports.Staff;

/// <summary>
/// The staff functions of this district and the order they speak in at a crisis meeting — configuration, because they
/// differ between the Länder. Built once at start; a list that cannot work stops the start.
/// </summary>
public sealed class StaffFunctions
{
    /// <summary>The fire-service doctrine's S1–S6 and the head of staff (Leiter des Stabes).</summary>
    public static IReadOnlyList<StaffFunction> Doctrine { get; } =
    [
        new("S1", "Personal / Innerer Dienst"),
        new("S2", "Lage"),
        new("S3", "Einsatz"),
        new("S4", "Versorgung"),
        new("S5", "Presse- und Medienarbeit"),
        new("S6", "Information und Kommunikation"),
        new("LdS", "Leiter des Stabes"),
    ];

    /// <summary>The situation first, the head of staff last.</summary>
    public static IReadOnlyList<string> DoctrineSpeakingOrder { get; } = ["S2", "S1", "S3", "S4", "S5", "S6", "LdS"];

    private StaffFunctions(IReadOnlyList<StaffFunction> all, IReadOnlyList<StaffFunction> speakingOrder)
    {
        All = all;
        SpeakingOrder = speakingOrder;
    }

    public IReadOnlyList<StaffFunction> All { get; }

    public IReadOnlyList<StaffFunction> SpeakingOrder { get; }

    public static StaffFunctions Default { get; } = From(SituationOptions.Section, [], []);

    /// <summary>
    /// Without configured functions: the doctrine's, in its speaking order. With them and no speaking order: the functions
    /// in the order listed. Throws <see cref="StartupConfigurationException"/> naming the setting that cannot work.
    /// </summary>
    public static StaffFunctions From(string section, IReadOnlyList<StaffFunctionSetting> configured, IReadOnlyList<string> speakingOrder)
    {
        var functions = configured.Count == 0 ? Doctrine : [.. configured.Select(f => new StaffFunction(f.Code?.Trim() ?? "", f.Name?.Trim() ?? ""))];
        var order = speakingOrder.Count > 0 ? speakingOrder : configured.Count == 0 ? DoctrineSpeakingOrder : [.. functions.Select(f => f.Code)];
        if (functions.FirstOrDefault(f => f.Code.Length == 0 || f.Name.Length == 0) is { } incomplete)
        {
            throw new StartupConfigurationException($"{section}:Functions: every function needs a Code and a German Name ('{incomplete.Code}' '{incomplete.Name}').");
        }
        if (functions.GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new StartupConfigurationException($"{section}:Functions: the code '{twice.Key}' is listed twice.");
        }
        var byCode = functions.ToDictionary(f => f.Code, StringComparer.OrdinalIgnoreCase);
        if (order.FirstOrDefault(code => !byCode.ContainsKey(code)) is { } unknown)
        {
            throw new StartupConfigurationException($"{section}:SpeakingOrder names '{unknown}', which is not one of the functions ({string.Join(", ", byCode.Keys)}).");
        }
        if (order.Distinct(StringComparer.OrdinalIgnoreCase).Count() != order.Count)
        {
            throw new StartupConfigurationException($"{section}:SpeakingOrder names a function twice.");
        }
        return new StaffFunctions(functions, [.. order.Select(code => byCode[code])]);
    }

    public StaffFunction? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(f => string.Equals(f.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The function named by <paramref name="code"/>, or a refusal naming the field and the known codes.</summary>
    public (StaffFunction? Function, DomainError? Error) Resolve(string? code, string field) =>
        string.IsNullOrWhiteSpace(code) ? (null, DomainError.Invalid(field, $"'{field}' is required: one of {Codes}."))
        : Find(code) is { } function ? (function, null)
        : (null, DomainError.Invalid(field, $"'{code}' is not a staff function here; known are {Codes}."));

    private string Codes => string.Join(", ", All.Select(f => f.Code));
}
