using System.Text.Json;
using Krisenstab.Simulator.Running;
using Krisenstab.Simulator.Scenario;

namespace Krisenstab.Simulator.Tests.Support;

/// <summary>Reads a crisis's picture through the simulator's own signed-in session and takes its figures.</summary>
public static class PictureReading
{
    public static async Task<(ScenarioFigures Figures, JsonElement Picture)> ReadAsync(ApiSession api, Guid crisisId)
    {
        var answer = await api.SendAsync(Actor.Operator, HttpMethod.Get, $"/api/dashboard/crises/{crisisId}/picture", null, CancellationToken.None);
        Assert.True(answer.Succeeded, $"GET picture: {answer.Status} {answer.Problem}");
        var picture = answer.Body!.Value;
        var situation = picture.GetProperty("situation");
        var tasks = picture.GetProperty("tasks");
        int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();
        var figures = new ScenarioFigures(
            Int(situation, "announced"),
            Int(situation, "arrived"),
            Int(situation, "placed"),
            Int(tasks, "open") + Int(tasks, "done") + Int(tasks, "cancelled"),
            Int(picture.GetProperty("communication"), "published"));
        return (figures, picture);
    }
}
