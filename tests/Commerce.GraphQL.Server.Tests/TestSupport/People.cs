using System.Collections.Concurrent;
using Commerce.GraphQL.Server.DataLoader;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

public sealed record Person(int Id, string Name, int FriendId);

public sealed record Pet(int OwnerId, string Name);

/// <summary>An in-memory source that records every batch it serves.</summary>
public sealed class PeopleSource
{
    public static readonly Person[] People = [.. Enumerable.Range(1, 10).Select(i => new Person(i, "P" + i, i % 10 + 1))];

    public ConcurrentQueue<(string Loader, int[] Keys)> Batches { get; } = new();

    public bool FailNextPersonBatch { get; set; }
}

public sealed class PersonByIdLoader(PeopleSource source) : BatchDataLoader<int, Person>
{
    protected override Task<IReadOnlyDictionary<int, Person>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        source.Batches.Enqueue((nameof(PersonByIdLoader), [.. keys]));
        if (source.FailNextPersonBatch)
        {
            source.FailNextPersonBatch = false;
            throw new InvalidOperationException("database down");
        }

        IReadOnlyDictionary<int, Person> found = PeopleSource.People.Where(p => keys.Contains(p.Id)).ToDictionary(p => p.Id);
        return Task.FromResult(found);
    }
}

public sealed class PetsByOwnerIdLoader(PeopleSource source) : GroupDataLoader<int, Pet>
{
    protected override Task<ILookup<int, Pet>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        source.Batches.Enqueue((nameof(PetsByOwnerIdLoader), [.. keys]));
        var pets = keys.Where(k => k % 2 == 0).SelectMany(k => new[] { new Pet(k, "Dog" + k), new Pet(k, "Cat" + k) });
        return Task.FromResult(pets.ToLookup(p => p.OwnerId));
    }
}
