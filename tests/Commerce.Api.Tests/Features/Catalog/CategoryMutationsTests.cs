using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

public sealed class CategoryMutationsTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Create = """
        mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { category { id slug parent { id } } userErrors { code field message } } }
        """;

    private const string Update = """
        mutation ($input: UpdateCategoryInput!) { updateCategory(input: $input) { category { name slug parent { id } } userErrors { code field message } } }
        """;

    private const string Delete = """
        mutation ($input: DeleteCategoryInput!) { deleteCategory(input: $input) { deletedCategoryId userErrors { code field message } } }
        """;

    [Fact]
    public async Task CreateCategory_StoresChildWithDerivedSlug_WhenParentIsGiven()
    {
        var parent = await shop.AddCategoryAsync();

        var payload = await shop.Client.MutateAsync("createCategory", Create, new { name = "Cast Iron Pans", parentId = GlobalId.Encode("Category", parent.Id) });

        Assert.Empty(payload.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Categories.SingleAsync(c => c.Slug == "cast-iron-pans");
        Assert.Equal(parent.Id, stored.ParentId);
    }

    [Fact]
    public async Task CreateCategory_ReturnsUserErrorsAndStoresNothing_WhenSlugTakenOrParentMissing()
    {
        var existing = await shop.AddCategoryAsync();
        await using var db = shop.CreateDbContext();
        var before = await db.Categories.CountAsync();

        var payload = await shop.Client.MutateAsync("createCategory", Create,
            new { name = "Whatever", slug = existing.Slug, parentId = GlobalId.Encode("Category", int.MaxValue) });

        Assert.Equal(["ALREADY_EXISTS at input.slug", "NOT_FOUND at input.parentId"], payload.UserErrors());
        Assert.Equal(before, await db.Categories.CountAsync());
    }

    [Fact]
    public async Task UpdateCategory_MovesToRootAndRenames_WhenParentIsNull()
    {
        var parent = await shop.AddCategoryAsync();
        var child = await shop.AddCategoryAsync(parent.Id);

        var payload = await shop.Client.MutateAsync("updateCategory", Update,
            new { categoryId = GlobalId.Encode("Category", child.Id), name = "Renamed", parentId = (string?)null });

        Assert.Empty(payload.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Categories.SingleAsync(c => c.Id == child.Id);
        Assert.Equal(("Renamed", child.Slug, null), (stored.Name, stored.Slug, stored.ParentId));
    }

    [Fact]
    public async Task UpdateCategory_ReturnsInvalidValueAndKeepsParent_WhenMoveWouldMakeACycle()
    {
        var root = await shop.AddCategoryAsync();
        var child = await shop.AddCategoryAsync(root.Id);
        var grandchild = await shop.AddCategoryAsync(child.Id);

        var underDescendant = await shop.Client.MutateAsync("updateCategory", Update,
            new { categoryId = GlobalId.Encode("Category", root.Id), parentId = GlobalId.Encode("Category", grandchild.Id) });
        var underItself = await shop.Client.MutateAsync("updateCategory", Update,
            new { categoryId = GlobalId.Encode("Category", child.Id), parentId = GlobalId.Encode("Category", child.Id) });

        Assert.Equal(["INVALID_VALUE at input.parentId"], underDescendant.UserErrors());
        Assert.Equal(["INVALID_VALUE at input.parentId"], underItself.UserErrors());
        await using var db = shop.CreateDbContext();
        Assert.Null(await db.Categories.Where(c => c.Id == root.Id).Select(c => c.ParentId).SingleAsync());
        Assert.Equal(root.Id, await db.Categories.Where(c => c.Id == child.Id).Select(c => c.ParentId).SingleAsync());
    }

    [Fact]
    public async Task DeleteCategory_RemovesEmptyCategory_AndRefusesOneWithChildrenOrProducts()
    {
        var empty = await shop.AddCategoryAsync();
        var parent = await shop.AddCategoryAsync();
        await shop.AddCategoryAsync(parent.Id);
        await using var db = shop.CreateDbContext();
        var withProducts = await db.Products.Where(p => p.CategoryId != null).Select(p => p.CategoryId!.Value).FirstAsync();

        var deleted = await shop.Client.MutateAsync("deleteCategory", Delete, new { categoryId = GlobalId.Encode("Category", empty.Id) });
        var hasChildren = await shop.Client.MutateAsync("deleteCategory", Delete, new { categoryId = GlobalId.Encode("Category", parent.Id) });
        var hasProducts = await shop.Client.MutateAsync("deleteCategory", Delete, new { categoryId = GlobalId.Encode("Category", withProducts) });

        Assert.Equal(GlobalId.Encode("Category", empty.Id), deleted["deletedCategoryId"]!.GetValue<string>());
        Assert.Equal(["IN_USE at input.categoryId"], hasChildren.UserErrors());
        Assert.Equal(["IN_USE at input.categoryId"], hasProducts.UserErrors());
        Assert.Equal([parent.Id, withProducts], await db.Categories.Where(c => c.Id == empty.Id || c.Id == parent.Id || c.Id == withProducts).OrderBy(c => c.Id == withProducts).Select(c => c.Id).ToListAsync());
    }
}
