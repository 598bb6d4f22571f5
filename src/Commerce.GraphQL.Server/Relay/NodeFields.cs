using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Errors;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Relay;

/// <summary>Adds Relay's <c>node(id:)</c> and <c>nodes(ids:)</c> root fields.</summary>
public static class NodeFields
{
    public const int MaxIds = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object by its global ID; null when no such object exists, an INVALID_ID error when the ID is not one of this graph's.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global ID of the object.")
            .Resolve(ctx => Load(ctx, ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description($"Fetches objects by global IDs (at most {MaxIds}), in order; null for each ID without an object.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The global IDs of the objects.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new GraphQLServerError($"At most {MaxIds} ids can be fetched at once.", ErrorCodes.TooManyIds);
                }

                return DataLoaderResults.WhenAll(ids.Select(id => Load(ctx, id)).ToList());
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        var (typeName, key) = GlobalId.Decode(id);
        var registry = context.RequestServices!.GetRequiredService<NodeRegistry>();
        // An id naming a type the graph does not have is garbage, not "an object that does not exist".
        var resolve = registry.Find(typeName) ?? throw InvalidGlobalIdException.For(null);
        Authorize(context, typeName);
        return resolve(context, key);
    }

    // The validation rule sees only the Node interface here; the id names the concrete type, whose requirement
    // must hold as if the caller had selected it directly (otherwise node(id:) would reveal what the type hides).
    private static void Authorize(IResolveFieldContext context, string typeName)
    {
        if (context.Schema.AllTypes[typeName]?.GetRequiredScopes() is not { } anyOf)
        {
            return;
        }

        var options = context.RequestServices!.GetService<IOptions<ScopeAuthorizationOptions>>()?.Value ?? new ScopeAuthorizationOptions();
        var caller = CallerScopes.For(context.UserContext, context.User, options);
        if (!caller.Satisfies(anyOf))
        {
            throw ScopeRefusal.Error(caller, typeName, anyOf);
        }
    }
}
