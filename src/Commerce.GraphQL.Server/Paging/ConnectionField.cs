using Commerce.GraphQL.Server.Filtering;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Paging;

/// <summary>
/// Builds a connection field over <c>IQueryable&lt;T&gt;</c>: <c>first/after/last/before</c>, optional
/// <c>where</c>/<c>order</c>, keyset cursors and a COUNT only when <c>totalCount</c> is selected.
/// Start with <see cref="ConnectionFieldExtensions.Connection{TNodeType,T}"/>; finish with <see cref="Resolve"/>.
/// </summary>
public sealed class ConnectionField<TNodeType, T>
    where TNodeType : IGraphType
{
    private readonly FieldType _field;
    private readonly Ordering<T> _defaultOrdering;
    private string _typeName = typeof(T).Name;

    internal ConnectionField(FieldType field, Ordering<T> defaultOrdering) => (_field, _defaultOrdering) = (field, defaultOrdering);

    /// <summary>Adds <c>where: <typeparamref name="TFilter"/></c>.</summary>
    public ConnectionField<TNodeType, T> Filter<TFilter>(string description = "Only items matching all given conditions.")
        where TFilter : FilterInputType<T> => Argument<TFilter>("where", description);

    /// <summary>Adds <c>order: [<typeparamref name="TSort"/>!]</c>; its tiebreaker ends every order.</summary>
    public ConnectionField<TNodeType, T> Sort<TSort>(string description = "Sort keys by priority; the unique key always ends the order.")
        where TSort : SortInputType<T> => Argument<ListGraphType<NonNullGraphType<TSort>>>("order", description);

    /// <summary>The type name cursors carry (default: the CLR type's name).</summary>
    public ConnectionField<TNodeType, T> CursorType(string typeName)
    {
        _typeName = typeName;
        return this;
    }

    /// <summary>
    /// Sets the resolver. <paramref name="query"/> builds the unpaged query; register anything it must own
    /// (e.g. <c>scope.Use(factory.CreateDbContext())</c>) on the <see cref="QueryScope"/>, disposed after the page is read.
    /// </summary>
    public FieldType Resolve(Func<IResolveFieldContext, QueryScope, IQueryable<T>> query)
    {
        _field.Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(ctx => ResolveAsync(ctx, query));
        return _field;
    }

    private async ValueTask<object?> ResolveAsync(IResolveFieldContext ctx, Func<IResolveFieldContext, QueryScope, IQueryable<T>> build)
    {
        var services = ctx.RequestServices!;
        var args = new PagingArguments(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"),
            ctx.GetArgument<int?>("last"), ctx.GetArgument<string?>("before"));
        args.Validate();
        var filter = FindArgumentType<FilterInputType<T>>(ctx, "where");
        var sort = FindArgumentType<SortInputType<T>>(ctx, "order");
        // The field's own default (e.g. newest first) applies whenever `order` is absent or empty.
        var order = ctx.GetArgument<List<object?>?>("order");
        var ordering = sort is not null && order is { Count: > 0 } ? sort.ToOrdering(order) : _defaultOrdering;

        await using var scope = new QueryScope();
        var source = build(ctx, scope);
        if (filter?.ToPredicate(ctx.GetArgument<Dictionary<string, object?>?>("where")) is { } predicate)
        {
            source = source.Where(predicate);
        }

        var pager = new KeysetPager(services.GetService<IQueryExecutor>() ?? new QueryableExecutor());
        var defaultSize = services.GetService<IOptions<PagingOptions>>()?.Value.DefaultPageSize ?? PagingOptions.DefaultSize;
        return await pager.PageAsync(source, ordering, args, _typeName, defaultSize, SelectsTotalCount(ctx), ctx.CancellationToken);
    }

    // SubFields are collected through inline and named fragments; keys are aliases, so match on the field's name.
    private static bool SelectsTotalCount(IResolveFieldContext ctx) =>
        ctx.SubFields?.Values.Any(f => f.Field.Name.Value == ConnectionType<TNodeType>.TotalCountField) == true;

    private static TType? FindArgumentType<TType>(IResolveFieldContext ctx, string name)
        where TType : class
    {
        var type = ctx.FieldDefinition.Arguments?.Find(name)?.ResolvedType;
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type as TType;
    }

    private ConnectionField<TNodeType, T> Argument<TArgType>(string name, string description)
        where TArgType : IGraphType
    {
        _field.Arguments!.Add(new QueryArgument<TArgType> { Name = name, Description = description });
        return this;
    }
}
