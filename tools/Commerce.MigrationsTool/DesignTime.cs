using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;

namespace Commerce.MigrationsTool;

/// <summary>Builds EF Core's design-time services (scaffolder, code generators) for one context, as dotnet-ef does.</summary>
internal static class DesignTime
{
    public static IServiceProvider Services(DbContext context)
    {
        // DesignTimeServicesBuilder is EF's internal entry point (the documented way to host the design-time
        // services without the CLI); it also adds the provider's design-time services.
#pragma warning disable EF1001
        return new DesignTimeServicesBuilder(
                typeof(CommerceDbContext).Assembly, typeof(DesignTime).Assembly, new ConsoleReporter(), [])
            .Build(context);
#pragma warning restore EF1001
    }

    /// <summary>The Commerce.Infrastructure project folder, found from the repository root.</summary>
    public static string InfrastructureProjectDirectory()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Commerce.GraphQL.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Commerce.Infrastructure");
            }
        }

        throw new InvalidOperationException("Run from inside the Commerce.GraphQL repository.");
    }
}
