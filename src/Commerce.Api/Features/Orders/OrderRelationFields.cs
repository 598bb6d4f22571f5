using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Loading;
using Commerce.Api.Features.Fulfillments;
using Commerce.Api.Features.Payments;
using Commerce.Api.Graph;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.DataLoader;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>An order's children (lines, payment ledger, shipments) and the figures derived from them via loaders.</summary>
internal static class OrderRelationFields
{
    public static void AddTo(ObjectGraphType<Order> type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineType>>>>("lines")
            .Description("The order's lines, in order.")
            .Resolve(ctx =>
            {
                // Lines read their currency from their order: this one is in hand, so no second fetch.
                ctx.Loader<EntityByIdLoader<Order>>().Prime(ctx.Source.Id, ctx.Source);
                return ctx.Loader<OrderLinesByOrderIdLoader>().LoadAsync(ctx.Source.Id);
            });
        type.Field<NonNullGraphType<IntGraphType>>("itemCount")
            .Description("Units ordered: the sum of the lines' quantities.")
            .Resolve(ctx => ctx.Loader<OrderLinesByOrderIdLoader>().LoadAsync(ctx.Source.Id).Then(lines => lines.Sum(l => l.Quantity)));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentTransactionType>>>>("payments")
            .Description("The payment ledger: authorizations, captures, voids and refunds, oldest first.")
            .Resolve(ctx => ctx.Loader<PaymentTransactionsByOrderIdLoader>().LoadAsync(ctx.Source.Id));
        type.Field<NonNullGraphType<MoneyType>>("totalCaptured")
            .Description("Money received: succeeded captures and manual payments.")
            .Resolve(ctx => LedgerSum(ctx.Loader<PaymentTransactionsByOrderIdLoader>().LoadAsync(ctx.Source.Id), ctx.Source.Currency,
                t => t.Kind is PaymentTransactionKind.Capture or PaymentTransactionKind.ManualPayment));
        type.Field<NonNullGraphType<MoneyType>>("totalRefunded")
            .Description("Money paid back: succeeded refunds.")
            .Resolve(ctx => LedgerSum(ctx.Loader<PaymentTransactionsByOrderIdLoader>().LoadAsync(ctx.Source.Id), ctx.Source.Currency,
                t => t.Kind == PaymentTransactionKind.Refund));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderTransitionType>>>>("availableTransitions")
            .Description("Every action with whether it may happen now and, if not, why not.")
            .Resolve(ctx => ctx.Loader<PaymentTransactionsByOrderIdLoader>().LoadAsync(ctx.Source.Id)
                .Then(entries => ctx.Source.AvailableTransitions(new PaymentLedger(entries))));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FulfillmentType>>>>("fulfillments")
            .Description("The order's shipments, in the order they were created.")
            .Resolve(ctx => ctx.Loader<FulfillmentsByOrderIdLoader>().LoadAsync(ctx.Source.Id));
    }

    private static IDataLoaderResult<Money> LedgerSum(
        IDataLoaderResult<IEnumerable<PaymentTransaction>> ledger, string currency, Func<PaymentTransaction, bool> kind) =>
        ledger.Then(entries => new Money(
            entries.Where(t => t.Status == PaymentTransactionStatus.Succeeded && kind(t)).Sum(t => t.AmountMinorUnits), currency));
}
