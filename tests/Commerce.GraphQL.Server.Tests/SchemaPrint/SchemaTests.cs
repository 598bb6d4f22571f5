using Commerce.GraphQL.Server.Tests.TestSupport;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Tests.SchemaPrint;

public sealed class SchemaTests(TestHost host) : IClassFixture<TestHost>
{
    [Theory]
    [InlineData("interface Node {")]
    [InlineData("type Item implements Node {")]
    [InlineData("node(\n    \"The global ID of the object.\"\n    id: ID!): Node")]
    [InlineData("type ItemConnection {")]
    [InlineData("type ItemEdge {")]
    [InlineData("totalCount: Int!")]
    [InlineData("input ItemFilterInput {")]
    [InlineData("and: [ItemFilterInput!]")]
    [InlineData("input StringOperationFilterInput {")]
    [InlineData("input LongOperationFilterInput {")]
    [InlineData("input DateTimeOperationFilterInput {")]
    [InlineData("input ColorOperationFilterInput {")]
    [InlineData("input IdOperationFilterInput {")]
    [InlineData("input ItemSortInput {")]
    [InlineData("enum SortEnumType {")]
    public void Print_ContainsServerLayerTypes(string expected)
    {
        var sdl = host.Services.GetRequiredService<TestSchema>().Print();

        Assert.Contains(expected, sdl, StringComparison.Ordinal);
    }
}
