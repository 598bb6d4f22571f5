using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Inventory;

/// <summary>The graph's view of a <see cref="StockLevel"/>: one variant's stock in one warehouse.</summary>
public sealed class StockLevelType : ObjectGraphType<StockLevel>
{
    public const string TypeName = "StockLevel";

    public StockLevelType()
    {
        Name = TypeName;
        Description = "How many units of one variant one warehouse holds. Reserved units belong to placed but unfulfilled orders; only the rest can be sold.";
        this.ImplementsNode(TypeName, s => s.Id);
        this.RequireScopes(Scopes.ReadProducts);
        Field(s => s.OnHand).Description("Units physically in the warehouse.");
        Field(s => s.Reserved).Description("Units held for placed but unfulfilled orders.");
        Field<NonNullGraphType<IntGraphType>>("available").Description("Units that can be sold: on hand minus reserved.").Resolve(ctx => ctx.Source.Available);
        Field(s => s.LowStockThreshold).Description("At or below this many available units the stock counts as low.");
        Field<NonNullGraphType<BooleanGraphType>>("isLowStock").Description("Whether available units are at or below the low-stock threshold.")
            .Resolve(ctx => ctx.Source.Available <= ctx.Source.LowStockThreshold);
        Field(s => s.UpdatedAt).Description("When the stock level last changed (UTC).");
        Field<NonNullGraphType<ProductVariantType>>("variant").Description("The variant stocked.")
            .Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.VariantId));
        Field<NonNullGraphType<WarehouseType>>("warehouse").Description("The warehouse holding the stock.")
            .Resolve(ctx => ctx.LoadById<Warehouse>(ctx.Source.WarehouseId));
    }
}
