using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Common;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Graph;

/// <summary>Short ways for resolvers to reach loaders and a database context, so root fields stay thin.</summary>
public static class ResolveContextExtensions
{
    /// <summary>The request's instance of a scoped loader.</summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context)
        where TLoader : notnull =>
        context.RequestServices!.GetRequiredService<TLoader>();

    /// <summary>Loads one entity by id through the request's batching loader for its type.</summary>
    public static IDataLoaderResult<TEntity?> LoadById<TEntity>(this IResolveFieldContext context, int id)
        where TEntity : class, IEntity =>
        context.Loader<EntityByIdLoader<TEntity>>().LoadAsync(id);

    /// <summary>Loads an optional reference; a null foreign key resolves to null without touching the database.</summary>
    public static IDataLoaderResult<TEntity?> LoadById<TEntity>(this IResolveFieldContext context, int? id)
        where TEntity : class, IEntity =>
        id is { } value ? context.LoadById<TEntity>(value) : DataLoaderResults.FromValue<TEntity?>(null);

    /// <summary>
    /// A database context for a connection resolver, owned by <paramref name="scope"/> and disposed once the page is
    /// read (resolvers run in parallel; each needs its own context — docs/decisions/0002).
    /// </summary>
    public static CommerceDbContext Db(this QueryScope scope, IResolveFieldContext context) =>
        scope.Use(context.RequestServices!.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContext());

    /// <summary>Reads a required global id argument of <paramref name="typeName"/>; wrong ids are INVALID_ID errors.</summary>
    public static int GetIdArgument(this IResolveFieldContext context, string name, string typeName) =>
        GlobalId.DecodeInt(context.GetArgument<string>(name), typeName);
}
