namespace Commerce.GraphQL.Server.DataLoader;

/// <summary>Starts the fetch of a pending batch; only the first call does anything.</summary>
internal interface IBatchDispatcher
{
    Task DispatchAsync(CancellationToken cancellationToken);
}
