using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.DataLoader;

public sealed class DataLoaderTests(TestHost host) : IClassFixture<TestHost>
{
    [Fact]
    public async Task Load_IssuesOneBatchPerLevel_WhenListItemsLoadNestedFields()
    {
        host.People.Batches.Clear();

        var body = await host.PostAsync("""
            { people { name friend { name petNames } } }
            """);

        Assert.False(body.HasErrors());
        var people = body.Data("people");
        Assert.Equal(10, people.GetArrayLength());
        Assert.Equal("P2", people[0].GetProperty("friend").GetProperty("name").GetString());
        Assert.Equal(["Dog2", "Cat2"], people[0].GetProperty("friend").GetProperty("petNames").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(people[1].GetProperty("friend").GetProperty("petNames").EnumerateArray());

        // Level 1 (people[].friend) is one person batch; level 2 (friend.petNames, keyed by level 1's results)
        // is one pets batch.
        var batches = host.People.Batches.ToList();
        var personBatch = Assert.Single(batches, b => b.Loader == nameof(PersonByIdLoader));
        Assert.Equal(10, personBatch.Keys.Length);
        var petBatches = batches.Where(b => b.Loader == nameof(PetsByOwnerIdLoader)).ToList();
        Assert.Single(petBatches);
        Assert.Equal(10, petBatches[0].Keys.Length);
    }

    [Fact]
    public async Task Load_NeverRequeriesCachedKeys_WithinOneRequest()
    {
        host.People.Batches.Clear();

        await host.PostAsync("""{ a: people { friend { name } } b: people { friend { name } } }""");

        var keys = host.People.Batches.Where(b => b.Loader == nameof(PersonByIdLoader)).SelectMany(b => b.Keys).ToList();
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Single(host.People.Batches);
    }

    [Fact]
    public async Task Then_BatchesChainedLoads_PerLevel()
    {
        host.People.Batches.Clear();

        var body = await host.PostAsync("""{ people { friendOfFriendName } }""");

        Assert.False(body.HasErrors());
        Assert.All(body.Data("people").EnumerateArray(), p => Assert.Equal("none", p.GetProperty("friendOfFriendName").GetString()));
        var batches = host.People.Batches.Where(b => b.Loader == nameof(PersonByIdLoader)).ToList();
        Assert.Equal(2, batches.Count);
        Assert.All(batches[1].Keys, k => Assert.True(k > 100));
    }

    [Fact]
    public async Task Load_FailsOnlyThatBatchesResults_WhenBatchThrows()
    {
        host.People.FailNextPersonBatch = true;

        var body = await host.PostAsync("""{ people { name friend { name } } }""");

        var people = body.Data("people");
        Assert.Equal("P1", people[0].GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, people[0].GetProperty("friend").ValueKind);
        Assert.Equal(10, body.GetProperty("errors").GetArrayLength());
        Assert.Equal("INTERNAL_ERROR", body.FirstErrorCode());
    }

    [Fact]
    public async Task LoadManyAsync_DeduplicatesKeysIntoOneBatch_AndResolvesMissingToNull()
    {
        var source = new PeopleSource();
        var loader = new PersonByIdLoader(source);

        var many = loader.LoadManyAsync([3, 3, 404, 1]);
        var again = loader.LoadAsync(1);
        var values = await many.GetResultAsync();

        Assert.Equal(["P3", "P3", null, "P1"], values.Select(p => p?.Name));
        Assert.Equal("P1", (await again.GetResultAsync())!.Name);
        var batch = Assert.Single(source.Batches);
        Assert.Equal([3, 404, 1], batch.Keys);

        await loader.LoadAsync(3).GetResultAsync();
        Assert.Single(source.Batches);
    }

    [Fact]
    public async Task Prime_ServesThePrimedValueWithoutFetching_AndNeverOverwritesALoadedKey()
    {
        var source = new PeopleSource();
        var loader = new PersonByIdLoader(source);
        var inHand = new Person(7, "Already loaded", 1);

        loader.Prime(7, inHand);
        var primed = await loader.LoadAsync(7).GetResultAsync();
        var fetched = await loader.LoadAsync(2).GetResultAsync();
        loader.Prime(2, inHand);

        Assert.Same(inHand, primed);
        Assert.Equal([2], Assert.Single(source.Batches).Keys);
        Assert.Equal("P2", (await loader.LoadAsync(2).GetResultAsync())!.Name);
        Assert.Equal("P2", fetched!.Name);
    }
}
