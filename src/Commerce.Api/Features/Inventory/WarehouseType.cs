using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Api.Graph;
using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Inventory;

/// <summary>The graph's view of a <see cref="Warehouse"/>; fulfillments ship from it.</summary>
public sealed class WarehouseType : ObjectGraphType<Warehouse>
{
    public const string TypeName = "Warehouse";

    public WarehouseType()
    {
        Name = TypeName;
        Description = "A place stock is kept and shipped from.";
        this.ImplementsNode(TypeName, w => w.Id);
        this.RequireScopes(Scopes.ReadProducts);
        Field(w => w.Code).Description("Short unique code, e.g. \"JNB-1\".");
        Field(w => w.Name).Description("The warehouse's name.");
        Field<NonNullGraphType<AddressType>>("address").Description("Where the warehouse is.").Resolve(ctx => ctx.Source.Address);
        Field(w => w.IsActive).Description("Whether the warehouse currently ships.");
        this.Connection<StockLevelType, StockLevel>("stockLevels", "The stock this warehouse holds, one row per variant.", Ordering<StockLevel>.By("id", s => s.Id))
            .Filter<StockLevelFilterInputType>()
            .Sort<StockLevelSortInputType>()
            .Resolve((ctx, scope) =>
            {
                var warehouseId = ((Warehouse)ctx.Source!).Id;
                return scope.Db(ctx).StockLevels.AsNoTracking().Where(s => s.WarehouseId == warehouseId);
            });
    }
}
