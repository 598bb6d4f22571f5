using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Inventory;

/// <summary>The allowlist of warehouse filters.</summary>
public sealed class WarehouseFilterInputType : FilterInputType<Warehouse>
{
    public WarehouseFilterInputType()
        : base("WarehouseFilterInput", "Conditions on warehouses; all given conditions must hold.")
    {
        AllowId("id", WarehouseType.TypeName, w => w.Id, "The warehouse's ID.");
        Allow("code", w => w.Code, "The warehouse's code.");
        Allow("name", w => w.Name, "The warehouse's name.");
        Allow("countryCode", w => w.Address.CountryCode, "The ISO 3166-1 alpha-2 country of the warehouse's address.");
        Allow("isActive", w => w.IsActive, "Whether the warehouse currently ships.");
    }
}
