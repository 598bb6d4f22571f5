using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Commerce.GraphQL.Server.Execution;

namespace Commerce.GraphQL.Server.Tests.Execution;

public sealed class AsyncEnumerableObservableTests
{
    [Fact]
    public async Task Subscribe_PushesItemsInOrderThenCompletes_WhenTheSourceEnds()
    {
        var observer = new Recorder();

        using var _ = new AsyncEnumerableObservable<int>(_ => Numbers(3, fail: false)).Subscribe(observer);

        Assert.Null(await observer.Ended.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal([1, 2, 3], observer.Items);
    }

    [Fact]
    public async Task Subscribe_EndsWithOnError_WhenTheSourceThrows()
    {
        var observer = new Recorder();

        using var _ = new AsyncEnumerableObservable<int>(_ => Numbers(2, fail: true)).Subscribe(observer);

        Assert.IsType<InvalidOperationException>(await observer.Ended.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal([1, 2], observer.Items);
    }

    [Fact]
    public async Task Dispose_CancelsTheEnumeration()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new AsyncEnumerableObservable<int>(token => Endless(token, cancelled));

        source.Subscribe(new Recorder()).Dispose();

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static async IAsyncEnumerable<int> Numbers(int count, bool fail)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }

        if (fail)
        {
            throw new InvalidOperationException("source failed");
        }
    }

    private static async IAsyncEnumerable<int> Endless([EnumeratorCancellation] CancellationToken token, TaskCompletionSource cancelled)
    {
        var never = Channel.CreateUnbounded<int>();
        using var registration = token.Register(() => cancelled.TrySetResult());
        await foreach (var item in never.Reader.ReadAllAsync(token))
        {
            yield return item;
        }
    }

    private sealed class Recorder : IObserver<int>
    {
        public List<int> Items { get; } = [];

        public TaskCompletionSource<Exception?> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnNext(int value) => Items.Add(value);

        public void OnError(Exception error) => Ended.TrySetResult(error);

        public void OnCompleted() => Ended.TrySetResult(null);
    }
}
