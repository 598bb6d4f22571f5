using Commerce.Domain.Catalog;
using Commerce.Domain.Common;

namespace Commerce.Infrastructure.Seeding;

/// <summary>The first <c>count</c> nodes of the category tree, parents before children.</summary>
internal static class CategoryGenerator
{
    public static List<(Category Category, CategoryBlueprint Blueprint)> Create(int count)
    {
        var created = new List<(Category, CategoryBlueprint)>(count);
        var ids = new Dictionary<string, int>();
        foreach (var blueprint in CategoryBlueprints.All.Take(count))
        {
            var id = created.Count + 1;
            ids[blueprint.Name] = id;
            var parentId = blueprint.Parent is { } parent ? ids[parent] : (int?)null;
            var category = new Category
            {
                Id = id,
                ParentId = parentId,
                Name = blueprint.Name,
                Slug = blueprint.Parent is { } p ? Slugs.From($"{p} {blueprint.Name}") : Slugs.From(blueprint.Name),
                Description = blueprint.IsLeaf
                    ? $"{blueprint.Name}: {string.Join(", ", blueprint.Nouns).ToLowerInvariant()} and more."
                    : $"Everything in {blueprint.Name.ToLowerInvariant()}.",
            };
            created.Add((category, blueprint));
        }

        return created;
    }
}
