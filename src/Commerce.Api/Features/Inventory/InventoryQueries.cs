using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Inventory;

/// <summary>Root fields: <c>warehouses</c> and <c>warehouse(id:|code:)</c>.</summary>
public static class InventoryQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<WarehouseType, Warehouse>("warehouses", "Warehouses stock is kept in, active or not unless filtered.", Ordering<Warehouse>.By("id", w => w.Id))
            .Filter<WarehouseFilterInputType>()
            .Sort<WarehouseSortInputType>()
            .Resolve((ctx, scope) => scope.Db(ctx).Warehouses.AsNoTracking())
            .RequireScopes(Scopes.ReadProducts);

        query.LookupField<WarehouseType, Warehouse>("warehouse", WarehouseType.TypeName, "One warehouse.",
            ("code", "The warehouse's code."), code => w => w.Code == code)
            .RequireScopes(Scopes.ReadProducts);
    }
}
