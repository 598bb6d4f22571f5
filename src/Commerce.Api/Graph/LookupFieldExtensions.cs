using System.Linq.Expressions;
using Commerce.Api.Auth;
using Commerce.Domain.Common;
using Commerce.GraphQL.Server.Errors;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Graph;

/// <summary>
/// The "one by ID or by natural key" root field every noun has: <c>vendor(id:|slug:)</c>, <c>product(id:|sku:)</c>,
/// <c>order(id:|number:)</c>… Exactly one argument must be given. By id it goes through the batching loader;
/// by key it runs one indexed query. Either way the entity's row rule applies: a row the caller may not see is null,
/// exactly like a row that does not exist.
/// </summary>
public static class LookupFieldExtensions
{
    public const string InvalidArgumentsCode = "INVALID_ARGUMENTS";

    public static FieldType LookupField<TGraphType, TEntity>(
        this ObjectGraphType query,
        string name,
        string typeName,
        string description,
        (string Name, string Description) key,
        Func<string, Expression<Func<TEntity, bool>>> keyPredicate)
        where TGraphType : IGraphType
        where TEntity : class, IEntity
    {
        return query.Field<TGraphType>(name)
            .Description($"{description} Give exactly one of `id` or `{key.Name}`. Null when nothing matches.")
            .Argument<IdGraphType>("id", $"The {typeName}'s ID.")
            .Argument<StringGraphType>(key.Name, key.Description)
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string?>("id");
                var keyValue = ctx.GetArgument<string?>(key.Name);
                if ((id is null) == (keyValue is null))
                {
                    throw new GraphQLServerError($"Give exactly one of `id` or `{key.Name}`.", InvalidArgumentsCode);
                }

                if (id is not null)
                {
                    return ctx.LoadVisibleById<TEntity>(GlobalId.DecodeInt(id, typeName));
                }

                var contexts = ctx.RequestServices!.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
                await using var db = await contexts.CreateDbContextAsync(ctx.CancellationToken);
                var found = await db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(keyPredicate(keyValue!), ctx.CancellationToken);
                return ctx.OnlyIfVisible(found);
            })
            .FieldType;
    }
}
