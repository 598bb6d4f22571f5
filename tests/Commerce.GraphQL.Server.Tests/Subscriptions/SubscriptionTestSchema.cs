using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Tests.TestSupport;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Tests.Subscriptions;

/// <summary>A scoped service: one instance per operation's DI scope.</summary>
public sealed class OperationMarker
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}

/// <summary>A schema with a subscription fed by <see cref="TestEventSource"/>.</summary>
public sealed class SubscriptionTestSchema : Schema
{
    public SubscriptionTestSchema(IServiceProvider services)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => "world");
        query.Field<StringGraphType>("secret").RequireScopes("read:secrets").Resolve(_ => "s3cret");
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("touch").Resolve(_ => "touched");
        Mutation = mutation;

        var subscription = new ObjectGraphType { Name = "Subscription" };
        subscription.Field<StringGraphType>("events")
            .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<TestEventSource>())
            .Resolve(ctx => ctx.Source);
        subscription.Field<TickType>("ticks")
            .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<TestEventSource>())
            .Resolve(ctx => ctx.Source);
        subscription.Field<StringGraphType>("secretEvents").RequireScopes("read:secrets")
            .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<TestEventSource>())
            .Resolve(ctx => ctx.Source);
        Subscription = subscription;
    }
}

/// <summary>One event, with the id of the operation scope its fields were resolved in.</summary>
public sealed class TickType : ObjectGraphType<string>
{
    public TickType()
    {
        Name = "Tick";
        Field<StringGraphType>("value").Resolve(ctx => ctx.Source);
        Field<StringGraphType>("operation").Resolve(ctx => ctx.RequestServices!.GetRequiredService<OperationMarker>().Id);
        Field<PersonType>("person").Resolve(ctx => ctx.RequestServices!.GetRequiredService<PersonByIdLoader>().LoadAsync(int.Parse(ctx.Source)));
    }
}
