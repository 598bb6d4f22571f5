using Commerce.Infrastructure.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Persistence.Diagnostics;

public class SqlCommandCounterTests
{
    [Fact]
    public async Task BeginScope_CountsExactlyTheCommandsIssued_WhenSyncAndAsync()
    {
        var counter = new SqlCommandCounter();
        await using var database = await SqliteTestDatabase.CreateAsync(counter);
        await using var context = database.CreateContext();

        using var scope = SqlCommandCounter.BeginScope();
        await context.Vendors.ToListAsync();                                  // async reader
        _ = context.Vendors.Count();                                          // sync reader
        await context.Database.ExecuteSqlRawAsync("DELETE FROM Vendors");     // async non-query
        context.Database.ExecuteSqlRaw("DELETE FROM Vendors");                // sync non-query
        context.Vendors.Add(SampleGraph.Vendor());
        await context.SaveChangesAsync();                                     // one INSERT … RETURNING

        Assert.Equal(5, scope.Count);
    }

    [Fact]
    public async Task BeginScope_AddsUpParallelTasks_WhenTheyRunInsideTheScope()
    {
        var counter = new SqlCommandCounter();
        await using var database = await SqliteTestDatabase.CreateAsync(counter);

        using var scope = SqlCommandCounter.BeginScope();
        await Task.WhenAll(QueryTwiceAsync(database), Task.Run(() => QueryTwiceAsync(database)));

        Assert.Equal(4, scope.Count);
    }

    [Fact]
    public async Task BeginScope_CountsNothing_WhenCommandsRunOutsideIt()
    {
        var counter = new SqlCommandCounter();
        await using var database = await SqliteTestDatabase.CreateAsync(counter);
        var before = counter.TotalCount;

        var scope = SqlCommandCounter.BeginScope();
        scope.Dispose();
        await QueryTwiceAsync(database);
        using var other = SqlCommandCounter.BeginScope();
        Task unrelated;
        using (ExecutionContext.SuppressFlow())
        {
            unrelated = Task.Run(() => QueryTwiceAsync(database));
        }

        await unrelated;

        Assert.Equal(0, scope.Count);
        Assert.Equal(0, other.Count);
        Assert.Equal(4, counter.TotalCount - before);
    }

    [Fact]
    public async Task BeginScope_AlsoCountsIntoTheEnclosingScope_WhenNested()
    {
        var counter = new SqlCommandCounter();
        await using var database = await SqliteTestDatabase.CreateAsync(counter);

        using var outer = SqlCommandCounter.BeginScope();
        await QueryTwiceAsync(database);
        using (var inner = SqlCommandCounter.BeginScope())
        {
            await QueryTwiceAsync(database);
            Assert.Equal(2, inner.Count);
        }

        await QueryTwiceAsync(database);
        Assert.Equal(6, outer.Count);
    }

    private static async Task QueryTwiceAsync(SqliteTestDatabase database)
    {
        await using var context = database.CreateContext();
        await context.Products.AnyAsync();
        await context.Orders.ToListAsync();
    }
}
