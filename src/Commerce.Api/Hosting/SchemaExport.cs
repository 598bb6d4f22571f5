using Commerce.Api.Graph;
using GraphQL;
using GraphQL.Utilities;

namespace Commerce.Api.Hosting;

/// <summary>Writes the schema's SDL; `schema/schema.graphql` is the committed copy a test keeps in step.</summary>
public static class SchemaExport
{
    public const string DefaultPath = "schema/schema.graphql";

    public static string Print(IServiceProvider services)
    {
        var schema = services.GetRequiredService<CommerceSchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        var path = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(FindRepositoryRoot(), DefaultPath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, Print(services));
        await output.WriteLineAsync($"Wrote {path}");
        return 0;
    }

    // `dotnet run --project src/Commerce.Api` runs in the project folder; the committed copy lives at the root.
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Commerce.GraphQL.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
