namespace Krisenstab.Simulator.Scenario;

public static class RunContextExtensions
{
    /// <summary>Creates something by a POST and remembers its id (the answer's <paramref name="idProperty"/>) under <paramref name="key"/>.</summary>
    public static async Task<ApiAnswer> CreateAsync(this IRunContext run, string key, string path, object? body, CancellationToken cancellationToken, string idProperty = "id")
    {
        var answer = await run.SendAsync(Actor.Operator, HttpMethod.Post, path, body, cancellationToken);
        if (answer.Succeeded)
        {
            run.Remember(key, answer.Id(idProperty));
        }
        return answer;
    }
}
