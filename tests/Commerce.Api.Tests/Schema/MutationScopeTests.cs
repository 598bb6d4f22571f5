using Commerce.Api.Graph;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Schema;

/// <summary>The catalogue and people management mutations carry the scope their noun needs.</summary>
[Collection(GraphCollection.Name)]
public sealed class MutationScopeTests(GraphFixture fixture)
{
    [Theory]
    [InlineData("write:products", "createProduct", "updateProduct", "archiveProduct", "createProductVariant", "updateProductVariant",
        "deleteProductVariant", "createCategory", "updateCategory", "deleteCategory", "createWarehouse", "updateWarehouse",
        "deactivateWarehouse", "adjustStock")]
    [InlineData("write:customers", "createCustomer", "updateCustomer", "addCustomerAddress", "updateCustomerAddress", "removeCustomerAddress")]
    [InlineData("write:vendors", "registerVendor", "approveVendor", "rejectVendor", "suspendVendor")]
    public void Mutations_RequireTheirNounsWriteScope(string scope, params string[] mutations)
    {
        var schema = fixture.Factory.Services.GetRequiredService<CommerceSchema>();
        schema.Initialize();

        var required = mutations.Select(name => (name, schema.Mutation!.GetField(name)?.GetRequiredScopes()));

        Assert.All(required, r => Assert.Equal([scope], r.Item2 ?? []));
    }
}
