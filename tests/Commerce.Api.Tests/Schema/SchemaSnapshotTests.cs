using Commerce.Api.Hosting;
using Commerce.Api.Graph;
using Commerce.Api.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Schema;

/// <summary>
/// schema/schema.graphql is the reviewed contract. When the graph changes, this test fails until the file is
/// regenerated with `dotnet run --project src/Commerce.Api -- export-schema` and the diff is committed.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class SchemaSnapshotTests(GraphFixture fixture)
{
    // The spec's own scalars are described by the spec, not by us.
    private static readonly HashSet<string> BuiltInScalars = ["String", "Boolean", "ID", "Int", "Float"];

    [Fact]
    public void Schema_MatchesCommittedSdl_WhenExported()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql")).ReplaceLineEndings("\n");

        var current = SchemaExport.Print(fixture.Factory.Services);

        Assert.True(committed == current,
            "schema/schema.graphql is out of date: run `dotnet run --project src/Commerce.Api -- export-schema` and commit the result.");
    }

    [Fact]
    public void Schema_DescribesEveryTypeAndField()
    {
        var schema = fixture.Factory.Services.GetRequiredService<CommerceSchema>();
        schema.Initialize();

        var undocumented = schema.AllTypes
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(t.Name))
            .SelectMany(t => (string.IsNullOrWhiteSpace(t.Description) ? [t.Name] : Array.Empty<string>())
                .Concat(t is IComplexGraphType complex
                    ? complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{t.Name}.{f.Name}")
                    : []))
            .ToList();

        Assert.True(undocumented.Count == 0, "Missing descriptions: " + string.Join(", ", undocumented));
    }
}
