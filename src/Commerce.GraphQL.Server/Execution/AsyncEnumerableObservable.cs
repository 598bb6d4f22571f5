namespace Commerce.GraphQL.Server.Execution;

/// <summary>
/// Presents an <see cref="IAsyncEnumerable{T}"/> as the <see cref="IObservable{T}"/> graphql-dotnet's subscription
/// fields return: one pump per observer, items pushed in order, disposal cancels the enumeration. An exception
/// from the source becomes <see cref="IObserver{T}.OnError"/>.
/// </summary>
public sealed class AsyncEnumerableObservable<T>(Func<CancellationToken, IAsyncEnumerable<T>> source) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        var stop = new CancellationTokenSource();
        _ = Task.Run(() => PumpAsync(observer, stop.Token), CancellationToken.None);
        return new Stopper(stop);
    }

    private async Task PumpAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                observer.OnNext(item);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            observer.OnError(ex);
            return;
        }

        observer.OnCompleted();
    }

    private sealed class Stopper(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // already stopped
            }
        }
    }
}
