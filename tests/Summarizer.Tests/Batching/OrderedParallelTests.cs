using System.Runtime.CompilerServices;
using Summarizer.Batching;

namespace Summarizer.Tests.Batching;

public class OrderedParallelTests
{
    /// <summary>An async source of 0, 1, 2, ... that counts how many items were read; endless without a count.</summary>
    private sealed class Source(int? count = null, int? failAt = null)
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public async IAsyncEnumerable<int> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (int i = 0; count is null || i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (i % 7 == 0)
                    await Task.Yield(); // now and then not ready at once, as a real reader is
                if (i == failAt)
                    throw new IOException($"the source broke at item {i}");
                Interlocked.Increment(ref _reads);
                yield return i;
            }
        }
    }

    // Uneven work: some items take a hundred times longer than others, so later items often finish first.
    private static long Work(int item, CancellationToken cancellationToken)
    {
        long sum = 0;
        int rounds = (item * 7919 % 13 == 0) ? 200_000 : 2_000;
        for (int i = 0; i < rounds; i++)
            sum += (item ^ i) & 3;
        return item * 1_000_000L + sum % 1000;
    }

    private static async Task<List<OrderedResult<T>>> Collect<T>(IAsyncEnumerable<OrderedResult<T>> results)
    {
        var list = new List<OrderedResult<T>>();
        await foreach (OrderedResult<T> result in results)
            list.Add(result);
        return list;
    }

    [TestCase(1, 1)]
    [TestCase(2, 1)]
    [TestCase(2, 64)]
    [TestCase(4, 3)]
    public async Task YieldsEveryResultInInputOrder(int workers, int chunk)
    {
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = workers, ChunkSize = chunk };
        List<OrderedResult<long>> results = await Collect(OrderedParallel.RunAsync(new Source(500).ReadAsync(), Work, options));

        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, 500).Select(i => (long)i)));
        Assert.That(results.Select(r => r.Value), Is.EqualTo(Enumerable.Range(0, 500).Select(i => Work(i, default))));
        Assert.That(results.Select(r => r.Error), Is.All.Null);
    }

    [TestCase(1)]
    [TestCase(3)]
    public async Task AFailingItemIsThatItemsResultAndTheRestGoOn(int workers)
    {
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = workers, ChunkSize = 4 };
        List<OrderedResult<int>> results = await Collect(OrderedParallel.RunAsync(new Source(30).ReadAsync(),
            (item, _) => item is 5 or 17 ? throw new FormatException($"item {item} is malformed") : item * 2, options));

        Assert.That(results, Has.Count.EqualTo(30));
        Assert.That(results.Where(r => r.Error is not null).Select(r => r.Index), Is.EqualTo(new long[] { 5, 17 }));
        Assert.That(results[17].Error, Is.TypeOf<FormatException>().With.Message.EqualTo("item 17 is malformed"));
        Assert.That(results.Where(r => r.Error is null).Select(r => r.Value), Is.EqualTo(Enumerable.Range(0, 30).Where(i => i is not (5 or 17)).Select(i => i * 2)));
    }

    [TestCase(2, 1)]
    [TestCase(2, 16)]
    [TestCase(3, 5)]
    public async Task ReadsAtMostTwiceTheWorkersInChunksAhead(int workers, int chunk)
    {
        var source = new Source(400);
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = workers, ChunkSize = chunk };
        int received = 0;
        int bound = 2 * workers * chunk;
        await foreach (OrderedResult<long> result in OrderedParallel.RunAsync(source.ReadAsync(), Work, options))
        {
            Assert.That(source.Reads, Is.LessThanOrEqualTo(received + bound), $"items read ahead of item {result.Index}");
            received++;
        }

        Assert.That(received, Is.EqualTo(400));
    }

    [TestCase(1, 1)]
    [TestCase(2, 64)]
    [TestCase(3, 8)]
    public async Task ASourceThatIsNotReadyIsNotHeldBackToFillAChunk(int workers, int chunk)
    {
        // Each item after the first is only written once the previous one has been answered, as a user typing into a
        // pipe does: a worker waiting for a full chunk would never answer.
        using var answered = new SemaphoreSlim(0);
        async IAsyncEnumerable<int> Typed()
        {
            for (int i = 0; i < 5; i++)
            {
                if (i > 0 && !await answered.WaitAsync(TimeSpan.FromSeconds(20)))
                    throw new TimeoutException($"item {i - 1} was held back");
                yield return i;
            }
        }

        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = workers, ChunkSize = chunk };
        var received = new List<long>();
        await foreach (OrderedResult<int> result in OrderedParallel.RunAsync(Typed(), (item, _) => item * 10, options))
        {
            Assert.That(result.Error, Is.Null);
            received.Add(result.Value);
            answered.Release();
        }

        Assert.That(received, Is.EqualTo(new long[] { 0, 10, 20, 30, 40 }));
    }

    [Test]
    public async Task TwoWorkersRunTwoItemsAtOnce()
    {
        using var both = new Barrier(2);
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = 2 };
        // Each of the first two items waits for the other: they can only both finish if they run at the same time.
        // A failed item is that item's result, not an exception of the loop, so the results are what is checked.
        List<OrderedResult<int>> results = await Collect(OrderedParallel.RunAsync(new Source(2).ReadAsync(),
            (item, token) => both.SignalAndWait(TimeSpan.FromSeconds(30), token) ? item : throw new TimeoutException("ran one at a time"), options));

        Assert.That(results.Select(r => r.Error?.Message), Is.All.Null);
        Assert.That(results.Select(r => r.Value), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public async Task AWorkerWithNothingLeftToReadHelpsWithAChunkInProgress()
    {
        // One chunk holds both items, and each waits for the other: they finish only if a second worker, finding the
        // source at its end, takes the chunk's second item while the first worker is on the first.
        using var both = new Barrier(2);
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = 2, ChunkSize = 2 };
        List<OrderedResult<int>> results = await Collect(OrderedParallel.RunAsync(new Source(2).ReadAsync(),
            (item, token) => both.SignalAndWait(TimeSpan.FromSeconds(30), token) ? item : throw new TimeoutException("the chunk's items ran one at a time"), options));

        Assert.That(results.Select(r => r.Error?.Message), Is.All.Null);
        Assert.That(results.Select(r => r.Value), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public async Task AWorkerWithNoRoomToReadHelpsWithTheChunkHoldingTheOthersBack()
    {
        // Items 0 and 1 share the first chunk and wait for each other. The second worker reads chunks until the
        // read-ahead window is full (they cannot be yielded before the first), then must take item 1 to go on: a
        // chunk of long items no longer leaves a worker idle behind it.
        using var both = new Barrier(2);
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = 2, ChunkSize = 4 };
        List<OrderedResult<int>> results = await Collect(OrderedParallel.RunAsync(new Source(200).ReadAsync(),
            (item, token) => item < 2 && !both.SignalAndWait(TimeSpan.FromSeconds(30), token) ? throw new TimeoutException("item 1 was not taken") : item, options));

        Assert.That(results.Select(r => r.Error?.Message), Is.All.Null);
        Assert.That(results.Select(r => r.Value), Is.EqualTo(Enumerable.Range(0, 200)));
    }

    [Test]
    public void CancellationStopsAnEndlessSource()
    {
        using var cancel = new CancellationTokenSource();
        var source = new Source();
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = 2, ChunkSize = 8 };
        int received = 0;

        Assert.That(async () =>
        {
            await foreach (OrderedResult<long> result in OrderedParallel.RunAsync(source.ReadAsync(), Work, options, cancel.Token))
            {
                if (++received == 50)
                    await cancel.CancelAsync();
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(received, Is.EqualTo(50));
        Assert.That(source.Reads, Is.LessThanOrEqualTo(50 + 2 * 2 * 8));
    }

    [Test]
    public async Task LeavingTheLoopEarlyStopsTheWork()
    {
        int started = 0;
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = 2, ChunkSize = 4 };
        await foreach (OrderedResult<long> result in OrderedParallel.RunAsync(new Source().ReadAsync(),
                           (item, token) => { Interlocked.Increment(ref started); return Work(item, token); }, options))
        {
            if (result.Index == 20)
                break;
        }

        int afterLoop = Volatile.Read(ref started);
        await Task.Delay(50);
        Assert.That(Volatile.Read(ref started), Is.EqualTo(afterLoop), "no work starts after the enumeration has ended");
        Assert.That(afterLoop, Is.LessThanOrEqualTo(21 + 2 * 2 * 4));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void ASourceFailureSurfacesAfterTheResultsBeforeIt(int workers)
    {
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = workers, ChunkSize = 3 };
        var received = new List<long>();
        Assert.That(async () =>
        {
            await foreach (OrderedResult<long> result in OrderedParallel.RunAsync(new Source(100, failAt: 40).ReadAsync(), Work, options))
                received.Add(result.Index);
        }, Throws.InstanceOf<IOException>().With.Message.EqualTo("the source broke at item 40"));
        Assert.That(received, Is.EqualTo(Enumerable.Range(0, 40).Select(i => (long)i)));
    }

    [Test]
    public async Task StoppingAtAnyPointEndsPromptlyWithAnInOrderPrefix()
    {
        // Many runs with different workers, chunk sizes and stopping points, by cancellation or by leaving the loop:
        // each must end (no worker left waiting on another) having yielded results 0, 1, 2, ... in order.
        var random = new Random(20261206);
        for (int run = 0; run < 150; run++)
        {
            int workers = random.Next(2, 5);
            var options = new OrderedParallelOptions { MaxDegreeOfParallelism = workers, ChunkSize = random.Next(1, 9) };
            int stopAt = random.Next(0, 120);
            bool cancel = random.Next(2) == 0;
            using var cancellation = new CancellationTokenSource();
            var received = new List<long>();
            Task enumeration = Task.Run(async () =>
            {
                await foreach (OrderedResult<long> result in OrderedParallel.RunAsync(new Source(100).ReadAsync(), Work, options, cancellation.Token))
                {
                    received.Add(result.Index);
                    if (result.Index != stopAt)
                        continue;
                    if (!cancel)
                        break;
                    await cancellation.CancelAsync();
                }
            });

            Task finished = await Task.WhenAny(enumeration, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.That(finished, Is.SameAs(enumeration), $"run {run}: {workers} workers, chunks of {options.ChunkSize}, stopping at {stopAt} did not end");
            if (cancel && stopAt < 100)
                Assert.That(async () => await enumeration, Throws.InstanceOf<OperationCanceledException>(), $"run {run}");
            else
                await enumeration;
            Assert.That(received, Is.EqualTo(Enumerable.Range(0, Math.Min(stopAt, 99) + 1).Select(i => (long)i)), $"run {run}");
        }
    }

    [Test]
    public void BadArgumentsAreRejectedAtTheCall()
    {
        Assert.That(() => new OrderedParallelOptions { MaxDegreeOfParallelism = 0 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new OrderedParallelOptions { ChunkSize = 0 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => OrderedParallel.RunAsync<int, int>(null!, (i, _) => i), Throws.ArgumentNullException);
        Assert.That(() => OrderedParallel.RunAsync<int, int>(new Source(1).ReadAsync(), null!), Throws.ArgumentNullException);
    }
}
