using Krisenstab.ServiceDefaults.Startup;
using Krisenstab.Tasking.Units;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.Tasking.Tests.Domain;

public class UnitsTests
{
    [Fact]
    public void Without_configured_units_the_staff_functions_are_the_units() =>
        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6", "LdS"], TaskUnits.From("T", []).All.Select(u => u.Code));

    [Fact]
    public void A_user_belongs_to_the_units_that_list_them()
    {
        var units = TaskUnits.From("T", [Unit("S4", "Versorgung", "staff", "head"), Unit("S3", "Einsatz", "head")]);
        Assert.Equal(["S4"], units.Of("STAFF").Select(u => u.Code));
        Assert.Equal(["S4", "S3"], units.Of("head").Select(u => u.Code));
        Assert.Empty(units.Of("press"));
    }

    [Fact]
    public void A_unit_without_a_name_stops_the_start()
    {
        var failure = Assert.Throws<StartupConfigurationException>(() => TaskUnits.From("Krisenstab:Tasking", [Unit("S4", " ")]));
        Assert.StartsWith("Krisenstab:Tasking:Units: every unit needs a Code and a German Name", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_listed_twice_stops_the_start() =>
        Assert.Contains("'S4' is listed twice", Assert.Throws<StartupConfigurationException>(() => TaskUnits.From("T", [Unit("S4", "A"), Unit("s4", "B")])).Message, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_unit_is_refused_naming_the_field_and_the_known_ones()
    {
        var (unit, error) = TaskUnits.From("T", [Unit("S4", "Versorgung")]).Resolve("S9", "unit");
        Assert.Null(unit);
        Assert.Equal(("unit", "'S9' is not a unit here; known are S4."), (error!.Field, error.Detail));
    }

    [Fact]
    public void Units_keyed_by_code_merge_unit_by_unit_across_settings_layers()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Krisenstab:Tasking:Units:S3:Name"] = "Einsatz",
                ["Krisenstab:Tasking:Units:S4:Name"] = "Versorgung",
                ["Krisenstab:Tasking:Units:S4:Members:0"] = "staff",
            })
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Krisenstab:Tasking:Units:S4:Name"] = "Versorgung Nord",
                ["Krisenstab:Tasking:Units:Bau:Code"] = "B1",
                ["Krisenstab:Tasking:Units:Bau:Name"] = "Bauamt",
            })
            .Build();

        var units = TaskingSettings.Read(configuration).Units;

        Assert.Equal(["B1", "S3", "S4"], units.All.Select(u => u.Code).Order(StringComparer.Ordinal));
        Assert.Equal("Versorgung Nord", units.Find("S4")!.Name);
        Assert.Equal(["S4"], units.Of("staff").Select(u => u.Code));
    }

    private static UnitSetting Unit(string code, string name, params string[] members) => new() { Code = code, Name = name, Members = [.. members] };
}
