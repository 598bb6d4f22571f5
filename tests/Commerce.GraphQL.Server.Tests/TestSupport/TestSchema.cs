using Commerce.GraphQL.Server.Errors;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
    }
}

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello").Resolve(_ => "world");
        Field<StringGraphType>("tenant").Resolve(ctx => ctx.UserContext["tenant"]?.ToString());
        Field<BooleanGraphType>("sameLoaderPerRequest").Resolve(ctx =>
            ReferenceEquals(ctx.RequestServices!.GetRequiredService<PersonByIdLoader>(), ctx.RequestServices!.GetRequiredService<PersonByIdLoader>()));
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("secret internals"));
        Field<StringGraphType>("known").Resolve(_ => throw new GraphQLServerError("Known failure.", "KNOWN"));
        Field<IntGraphType>("itemKey").Argument<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.DecodeInt(ctx.GetArgument<string>("id"), "Item"));
        Field<ListGraphType<PersonType>>("people").Resolve(_ => PeopleSource.People);
        NodeFields.AddTo(this);

        var byId = Ordering<Item>.By("id", i => i.Id);
        this.Connection<ItemType, Item>("items", "Items.", byId)
            .Filter<ItemFilterInputType>()
            .Sort<ItemSortInputType>()
            .Resolve((ctx, scope) => scope.Use(ctx.RequestServices!.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContext()).Items);
        this.Connection<ItemType, Item>("newestItems", "Items, newest (highest id) first unless ordered.", Ordering<Item>.By("id", i => i.Id, descending: true))
            .Sort<ItemSortInputType>()
            .Resolve((ctx, scope) => scope.Use(ctx.RequestServices!.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContext()).Items);
        this.Connection<ItemType, Item>("widgets", "The same rows under another cursor type.", byId)
            .CursorType("Widget")
            .Resolve((ctx, scope) => scope.Use(ctx.RequestServices!.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContext()).Items);
    }
}

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<StringGraphType>("setHello").Resolve(_ => "set");
    }
}
