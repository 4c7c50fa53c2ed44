using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Security.Tests.Support;

/// <summary>
/// Every log line (message, state values, scopes, exception) and every finished activity (name, tags, events, baggage)
/// a host writes while this is alive, as text to search.
/// </summary>
public sealed class CapturedTelemetry : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ActivityListener _listener;

    public CapturedTelemetry()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => _lines.Count;

    public string Text => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        var text = new StringBuilder().Append("activity ").Append(activity.DisplayName).Append(' ').Append(activity.OperationName);
        foreach (var (key, value) in activity.TagObjects)
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }
        foreach (var (key, value) in activity.Baggage)
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }
        foreach (var activityEvent in activity.Events)
        {
            text.Append(" event ").Append(activityEvent.Name);
            foreach (var (key, value) in activityEvent.Tags)
            {
                text.Append(' ').Append(key).Append('=').Append(value);
            }
        }
        _lines.Enqueue(text.ToString());
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"scope {category} {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder().Append(logLevel).Append(' ').Append(category).Append(' ').Append(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    text.Append(' ').Append(key).Append('=').Append(value);
                }
            }
            text.Append(' ').Append(exception);
            lines.Enqueue(text.ToString());
        }
    }
}
