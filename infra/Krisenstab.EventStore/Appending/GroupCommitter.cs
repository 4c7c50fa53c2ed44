using System.Data.Common;
using System.Threading.Channels;

namespace Krisenstab.EventStore.Appending;

/// <summary>
/// The single writer of one store: concurrent appends queue up and are committed together in one transaction,
/// each inside its own savepoint so that a conflict rolls back only that append. Speed comes from sharing the
/// commit (one fsync for many appends), never from weaker durability: no caller is answered before the commit.
/// </summary>
internal sealed class GroupCommitter : IAsyncDisposable
{
    private const int MaxBatchSize = 256;

    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<WriteBatch>> _beginBatch;
    private readonly Action _committed;
    private readonly Task _writer;

    /// <param name="beginBatch">Opens a write transaction (holding whatever lock makes this the only writer).</param>
    /// <param name="committed">Called after each successful commit, e.g. to wake subscriptions.</param>
    public GroupCommitter(Func<CancellationToken, Task<WriteBatch>> beginBatch, Action committed)
    {
        _beginBatch = beginBatch;
        _committed = committed;
        _writer = StartWriterThread();
    }

    /// <summary>The one-stream append: the one-element case of the multi-stream one.</summary>
    public async Task<AppendResult> AppendAsync(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken) =>
        (await AppendAsync([new StreamAppend(stream, expected, events)], cancellationToken))[0];

    public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appends);
        if (appends.Count == 0 || appends.Any(a => a.Events is null || a.Events.Count == 0))
        {
            throw new ArgumentException("An append needs at least one event for each stream.", nameof(appends));
        }
        if (appends.Select(a => a.Stream).Distinct().Count() != appends.Count)
        {
            throw new ArgumentException("An append names each stream once.", nameof(appends));
        }
        var events = appends.SelectMany(a => a.Events).ToList();
        if (events.Select(e => e.EventId).Distinct().Count() != events.Count)
        {
            throw new ArgumentException("The events of one append must have distinct ids.", nameof(appends));
        }
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingAppend(appends, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitter), "The event store is shutting down.");
        }
        return pending.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    /// <summary>
    /// The writer has a thread of its own and waits on it: under full load its next batch does not queue behind the
    /// requests in the thread pool, and SQLite's synchronous writes and flushes never hold a pool thread.
    /// </summary>
    private Task StartWriterThread()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                WriteLoop();
                stopped.SetResult();
            }
#pragma warning disable CA1031 // Handed to whoever disposes the store.
            catch (Exception error)
            {
                stopped.SetException(error);
            }
#pragma warning restore CA1031
        })
        {
            IsBackground = true,
            Name = "event store writer",
        };
        thread.Start();
        return stopped.Task;
    }

    private void WriteLoop()
    {
        var appends = new List<PendingAppend>(MaxBatchSize);
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (appends.Count < MaxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Cancel();
                }
                else
                {
                    appends.Add(pending);
                }
            }
            if (appends.Count > 0)
            {
                CommitAsync(appends).GetAwaiter().GetResult();
                appends.Clear();
            }
        }
    }

    private async Task CommitAsync(List<PendingAppend> appends)
    {
        // Once in a batch an append runs to the end: the batch shares one transaction, so one caller's
        // cancellation must not abort the others.
        var outcomes = new (IReadOnlyList<AppendResult>? Result, Exception? Error)[appends.Count];
        var committed = false;
        try
        {
            await using var batch = await _beginBatch(CancellationToken.None);
            for (var i = 0; i < appends.Count; i++)
            {
                outcomes[i] = await AppendInSavepointAsync(batch, appends[i], $"append_{i}");
            }
            await batch.CommitAsync(CancellationToken.None);
            committed = true;
        }
#pragma warning disable CA1031 // Whatever broke the transaction is handed to every caller of the batch; the writer lives on.
        catch (Exception exception) when (!committed)
        {
            foreach (var pending in appends)
            {
                pending.Fail(exception);
            }
            return;
        }
        catch (Exception) when (committed)
        {
            // Only closing the connection failed: the commit stands, so the callers get their results.
        }
#pragma warning restore CA1031

        for (var i = 0; i < appends.Count; i++)
        {
            if (outcomes[i].Result is { } result)
            {
                appends[i].Succeed(result);
            }
            else
            {
                appends[i].Fail(outcomes[i].Error!);
            }
        }
        _committed();
    }

    /// <summary>Runs one append (all its streams); if it fails, rolls back to its savepoint so the rest of the batch still commits.</summary>
    private static async Task<(IReadOnlyList<AppendResult>?, Exception?)> AppendInSavepointAsync(WriteBatch batch, PendingAppend pending, string savepoint)
    {
        await batch.SaveAsync(savepoint, CancellationToken.None);
        try
        {
            var result = await StreamAppender.AppendAsync(batch, pending, CancellationToken.None);
            await batch.ReleaseAsync(savepoint, CancellationToken.None);
            return (result, null);
        }
        catch (Exception exception) when (exception is WrongExpectedVersionException or DbException or ArgumentException)
        {
            // If the rollback itself fails the transaction is broken and the whole batch fails (caught by the caller).
            await batch.RollbackToAsync(savepoint, CancellationToken.None);
            return (null, exception is DbException db && batch.IsUniqueViolation(db)
                ? new WrongExpectedVersionException($"Stream '{pending.Streams}': another writer stored a clashing event first.", db)
                : exception);
        }
    }
}
