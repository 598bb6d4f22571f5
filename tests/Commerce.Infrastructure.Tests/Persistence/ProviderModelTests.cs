using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.Infrastructure.Tests.Persistence;

public class ProviderModelTests
{
    // Never opened: checking the model and generating SQL need no server.
    internal const string SqlServerConnectionString = "Server=unreachable.invalid;Database=Commerce;Connect Timeout=1";

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer];

    internal static CommerceDbContext CreateContext(DatabaseProvider provider) =>
        CommerceDbContextOptions.CreateContext(provider, provider == DatabaseProvider.Sqlite
            ? "Data Source=:memory:"
            : SqlServerConnectionString);

    [Theory]
    [MemberData(nameof(Providers))]
    public void HasPendingModelChanges_ReturnsFalse_WhenMigrationsAreUpToDate(DatabaseProvider provider)
    {
        using var context = CreateContext(provider);

        Assert.False(context.Database.HasPendingModelChanges(),
            $"The {provider} model has changes no migration covers: run the migrations tool's 'add' command.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "SqlServer:")]
    [InlineData(DatabaseProvider.SqlServer, "Sqlite:")]
    public void DesignTimeModel_CarriesNoAnnotation_OfTheOtherProvider(DatabaseProvider provider, string foreignPrefix)
    {
        using var context = CreateContext(provider);
        var model = context.GetService<IDesignTimeModel>().Model;

        var annotatables = new List<IAnnotatable> { model };
        foreach (var entityType in model.GetEntityTypes())
        {
            annotatables.Add(entityType);
            annotatables.AddRange(entityType.GetProperties());
            annotatables.AddRange(entityType.GetIndexes());
            annotatables.AddRange(entityType.GetKeys());
        }

        Assert.DoesNotContain(annotatables.SelectMany(a => a.GetAnnotations()),
            annotation => annotation.Name.StartsWith(foreignPrefix, StringComparison.Ordinal));
    }
}
