using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Orders;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Payments;

/// <summary>The graph's view of a <see cref="PaymentTransaction"/>, one entry of an order's payment ledger.</summary>
public sealed class PaymentTransactionType : ObjectGraphType<PaymentTransaction>
{
    public const string TypeName = "PaymentTransaction";

    public PaymentTransactionType()
    {
        Name = TypeName;
        Description = "One entry of an order's append-only payment ledger: an authorization, capture, void, refund or manual payment.";
        this.ImplementsNode(TypeName, t => t.Id);
        this.RequireScopes(Scopes.ReadOrders, Scopes.Customer, Scopes.Guest);
        Field<NonNullGraphType<PaymentTransactionKindType>>("kind").Description("What the entry did.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<PaymentTransactionStatusType>>("status").Description("The provider's answer.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<MoneyType>>("amount").Description("The amount the entry moved or tried to move.").Resolve(ctx => ctx.Source.Amount);
        Field(t => t.Provider).Description("The gateway, e.g. \"test\" or \"manual\".");
        Field(t => t.ProviderReference, nullable: true).Description("The provider's own id of the transaction.");
        Field<PaymentTransactionType>("parentTransaction")
            .Description("The entry this one acts on (a capture's authorization, a refund's capture), if any.")
            .Resolve(ctx => ctx.LoadById<PaymentTransaction>(ctx.Source.ParentTransactionId));
        Field(t => t.FailureReason, nullable: true).Description("Why the provider failed it, in its words.");
        Field(t => t.CreatedAt).Description("When the entry was recorded (UTC).");
        Field<NonNullGraphType<OrderType>>("order").Description("The order the entry belongs to.")
            .Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
    }
}
