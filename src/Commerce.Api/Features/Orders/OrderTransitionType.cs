using Commerce.Domain.Orders;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>GraphQL shape of <see cref="OrderTransition"/>.</summary>
public sealed class OrderTransitionType : ObjectGraphType<OrderTransition>
{
    public OrderTransitionType()
    {
        Name = "OrderTransition";
        Description = "Whether one action may happen to the order now, and if not, why not.";
        Field<NonNullGraphType<OrderActionType>>("action").Description("The action (one mutation).").Resolve(ctx => ctx.Source.Action);
        Field(t => t.Allowed).Description("True when the action's mutation would be accepted now (amount checks aside).");
        Field(t => t.Reason, nullable: true).Description("Why the action is not allowed; null when it is.");
    }
}

/// <summary>The <see cref="OrderAction"/> enum.</summary>
public sealed class OrderActionType : EnumerationGraphType<OrderAction>
{
    public OrderActionType()
    {
        Name = "OrderAction";
        Description = "What may happen to an order: CONFIRM, FULFILL, MARK_DELIVERED, CANCEL and the payment actions, each one mutation.";
    }
}
