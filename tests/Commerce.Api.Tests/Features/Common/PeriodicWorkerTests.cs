using Commerce.Api.Features.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Api.Tests.Features.Common;

public sealed class PeriodicWorkerTests
{
    [Fact]
    public async Task AFailedRun_IsRetriedAtTheNextTick_AndDoesNotEndTheWorker()
    {
        using var worker = new CountingWorker(TimeSpan.FromMilliseconds(20), failFirst: 2);

        await worker.StartAsync(CancellationToken.None);
        await worker.ReachedAsync(5);

        Assert.False(worker.ExecuteTask!.IsCompleted, "the loop ended after a failed run");
        await worker.StopAsync(CancellationToken.None);
        Assert.False(worker.ExecuteTask.IsFaulted);   // stopped (cancelled), never failed
    }

    [Fact]
    public async Task RunsOnStart_BeforeTheFirstInterval()
    {
        using var worker = new CountingWorker(TimeSpan.FromHours(1), failFirst: 0);

        await worker.StartAsync(CancellationToken.None);
        await worker.ReachedAsync(1);

        await worker.StopAsync(CancellationToken.None);
        Assert.Equal(1, worker.Runs);
    }

    [Fact]
    public async Task IsOff_WhenTheIntervalIsZero()
    {
        using var worker = new CountingWorker(TimeSpan.Zero, failFirst: 0);

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, worker.Runs);
    }

    private sealed class CountingWorker(TimeSpan interval, int failFirst)
        : PeriodicWorker(TimeProvider.System, NullLogger.Instance)
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        protected override TimeSpan Interval => interval;

        public async Task ReachedAsync(int runs)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (Runs < runs)
            {
                await Task.Delay(10, timeout.Token);
            }
        }

        protected override Task RunAsync(CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _runs) <= failFirst
                ? throw new InvalidOperationException("a failed run")
                : Task.CompletedTask;
    }
}
