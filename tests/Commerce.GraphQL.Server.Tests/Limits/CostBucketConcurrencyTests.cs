using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Limits;
using Commerce.GraphQL.Server.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Tests.Limits;

public sealed class CostBucketConcurrencyTests
{
    [Fact]
    public async Task TryTake_GrantsExactlyTheBucket_WhenManyCallersRaceOnOneKey()
    {
        var clock = new ManualTimeProvider();   // frozen: nothing is restored during the race
        var store = new InMemoryCostBucketStore(Options.Create(new GraphQLLimitsOptions { MaximumAvailable = 500, MaxQueryCost = 500, RestoreRate = 10 }), clock);

        var grants = await Task.WhenAll(Enumerable.Range(0, 2_000).Select(_ => Task.Run(() =>
        {
            store.TryTake("caller", 1, out var granted);
            return granted;
        })));

        Assert.Equal(500, grants.Count(g => g));
        Assert.Equal(0, store.Peek("caller").CurrentlyAvailable);
    }

    [Fact]
    public async Task Return_AddsEveryRefund_WhenRefundsRace()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryCostBucketStore(Options.Create(new GraphQLLimitsOptions { MaximumAvailable = 1_000, MaxQueryCost = 1_000, RestoreRate = 10 }), clock);
        store.TryTake("caller", 1_000, out _);

        await Task.WhenAll(Enumerable.Range(0, 400).Select(_ => Task.Run(() => store.Return("caller", 2))));

        Assert.Equal(800, store.Peek("caller").CurrentlyAvailable);
    }
}
