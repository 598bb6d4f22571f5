using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Orders;

/// <summary>The keys order lines can be sorted by.</summary>
public sealed class OrderLineSortInputType : SortInputType<OrderLine>
{
    public OrderLineSortInputType()
        : base("OrderLineSortInput", "Sort keys of order lines. Set exactly one field per list item.")
    {
        TieBreaker("id", l => l.Id, "By id (the order lines were recorded in).");
    }
}
