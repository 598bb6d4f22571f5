namespace Commerce.Api.Tests.Infrastructure;

/// <summary>The repository's root folder, found from the test binaries by walking up to the solution file.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Commerce.GraphQL.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Commerce.GraphQL.sln not found above " + AppContext.BaseDirectory);
    }
}
