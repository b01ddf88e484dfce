using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Summarizer.Batching;

/// <summary>
/// Runs a function over a stream of items on a fixed set of long-lived workers and yields one result per item, in the
/// order of the input, reading the input only a bounded distance ahead of what has been yielded.
/// </summary>
/// <remarks>
/// <para>
/// Items are handed to the workers in chunks of up to <see cref="OrderedParallelOptions.ChunkSize"/>, so the cost of
/// a hand-off between threads is paid once a chunk rather than once an item; a chunk is shipped early when the source
/// has no item ready, so a slow source is not held back. With one worker there is no hand-off at all: the items are
/// processed on the consumer's thread as they are read.
/// </para>
/// <para>
/// The input is read at most <c>2 * MaxDegreeOfParallelism</c> chunks ahead of the item being yielded: finished work
/// can wait behind a slow item while the workers go on, and memory stays bounded whatever the input's length.
/// </para>
/// <para>
/// A failure of the function on one item is that item's result (<see cref="OrderedResult{T}.Error"/>); the other items
/// go on. A failure of the source, cancellation, or leaving the loop early stops the workers and waits for them, so
/// nothing runs on after the enumeration ends.
/// </para>
/// </remarks>
public static class OrderedParallel
{
    /// <summary>Applies <paramref name="body"/> to every item, in parallel, yielding the results in input order.</summary>
    /// <typeparam name="TItem">The input items.</typeparam>
    /// <typeparam name="TResult">The results.</typeparam>
    /// <param name="items">The input; read only as far ahead as the options allow.</param>
    /// <param name="body">The work on one item. It should honour the token it is given.</param>
    /// <param name="options">Parallelism and chunk size; <see cref="OrderedParallelOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading and the work in progress.</param>
    /// <returns>One result per item, in the order of <paramref name="items"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="body"/> is null (thrown at the call).</exception>
    public static IAsyncEnumerable<OrderedResult<TResult>> RunAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> items,
        Func<TItem, CancellationToken, TResult> body,
        OrderedParallelOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(body);
        options ??= OrderedParallelOptions.Default;
        return options.MaxDegreeOfParallelism == 1
            ? RunInline(items, body, cancellationToken)
            : RunOnWorkers(items, body, options, cancellationToken);
    }

    private static async IAsyncEnumerable<OrderedResult<TResult>> RunInline<TItem, TResult>(
        IAsyncEnumerable<TItem> items, Func<TItem, CancellationToken, TResult> body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (TItem item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Apply(body, item, index++, cancellationToken);
        }
    }

    private static async IAsyncEnumerable<OrderedResult<TResult>> RunOnWorkers<TItem, TResult>(
        IAsyncEnumerable<TItem> items, Func<TItem, CancellationToken, TResult> body, OrderedParallelOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int workers = options.MaxDegreeOfParallelism;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Chunks in input order, waiting to be yielded; its capacity is the read-ahead bound.
        // Besides the chunks in it, one chunk is being yielded and one is being filled: 2 * workers in all.
        Channel<Chunk<TItem, TResult>> ordered = Channel.CreateBounded<Chunk<TItem, TResult>>(
            new BoundedChannelOptions(2 * workers - 2) { SingleReader = true, SingleWriter = true });
        // The same chunks, for the workers to take.
        Channel<Chunk<TItem, TResult>> work = Channel.CreateUnbounded<Chunk<TItem, TResult>>(
            new UnboundedChannelOptions { SingleReader = false, SingleWriter = true });

        Task[] workerTasks = new Task[workers];
        for (int w = 0; w < workers; w++)
            workerTasks[w] = Task.Run(() => WorkAsync(work.Reader, body, stop.Token), CancellationToken.None);
        Task reader = Task.Run(() => ReadAsync(items, options.ChunkSize, ordered.Writer, work.Writer, stop.Token), CancellationToken.None);

        try
        {
            await foreach (Chunk<TItem, TResult> chunk in ordered.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await chunk.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                for (int i = 0; i < chunk.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested(); // nothing more once cancelled, done or not
                    yield return chunk.Results[i];
                }
            }

            await reader.ConfigureAwait(false); // the source's own failure, if it had one
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            work.Writer.TryComplete();
            try
            {
                await Task.WhenAll([reader, .. workerTasks]).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Ended by the cancellation above, or already observed through the reader.
            }
        }
    }

    private static async Task ReadAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> items, int chunkSize, ChannelWriter<Chunk<TItem, TResult>> ordered,
        ChannelWriter<Chunk<TItem, TResult>> work, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        long index = 0;
        var chunk = new Chunk<TItem, TResult>(index, chunkSize);
        try
        {
            await using IAsyncEnumerator<TItem> enumerator = items.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                ValueTask<bool> next = enumerator.MoveNextAsync();
                if (!next.IsCompleted && chunk.Count > 0)
                {
                    // The source has nothing ready: ship what there is rather than hold it back.
                    await ShipAsync(chunk).ConfigureAwait(false);
                    chunk = new Chunk<TItem, TResult>(index, chunkSize);
                }

                if (!await next.ConfigureAwait(false))
                    break;
                chunk.Add(enumerator.Current);
                index++;
                if (chunk.Count == chunkSize)
                {
                    await ShipAsync(chunk).ConfigureAwait(false);
                    chunk = new Chunk<TItem, TResult>(index, chunkSize);
                }
            }

            if (chunk.Count > 0)
                await ShipAsync(chunk).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
            // The items read before the source failed are still answered, in order, before its failure.
            if (chunk.Count > 0 && !cancellationToken.IsCancellationRequested)
                await ShipAsync(chunk).ConfigureAwait(false);
            throw;
        }
        finally
        {
            ordered.TryComplete(failure);
            work.TryComplete();
        }

        async ValueTask ShipAsync(Chunk<TItem, TResult> full)
        {
            await ordered.WriteAsync(full, cancellationToken).ConfigureAwait(false); // waits while the window is full
            await work.WriteAsync(full, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WorkAsync<TItem, TResult>(
        ChannelReader<Chunk<TItem, TResult>> work, Func<TItem, CancellationToken, TResult> body, CancellationToken cancellationToken)
    {
        try
        {
            while (await work.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (work.TryRead(out Chunk<TItem, TResult>? chunk))
                {
                    try
                    {
                        for (int i = 0; i < chunk.Count; i++)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            chunk.Results[i] = Apply(body, chunk.Items[i], chunk.FirstIndex + i, cancellationToken);
                            chunk.Items[i] = default!; // a finished item need not outlive its work while the chunk waits its turn
                        }

                        chunk.Done.TrySetResult();
                    }
                    catch (OperationCanceledException)
                    {
                        chunk.Done.TrySetCanceled(cancellationToken);
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for work.
        }
    }

    private static OrderedResult<TResult> Apply<TItem, TResult>(Func<TItem, CancellationToken, TResult> body, TItem item, long index, CancellationToken cancellationToken)
    {
        try
        {
            return new OrderedResult<TResult>(index, body(item, cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return new OrderedResult<TResult>(index, default, e);
        }
    }

    private sealed class Chunk<TItem, TResult>(long firstIndex, int capacity)
    {
        public long FirstIndex { get; } = firstIndex;

        public TItem[] Items { get; } = new TItem[capacity];

        public OrderedResult<TResult>[] Results { get; } = new OrderedResult<TResult>[capacity];

        public int Count { get; private set; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(TItem item) => Items[Count++] = item;
    }
}
