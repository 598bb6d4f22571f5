using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Inventory;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Inventory;

public sealed class UpdateWarehouseInput
{
    public string WarehouseId { get; set; } = "";
    public string? Code { get; set; }
    public string? Name { get; set; }
    public AddressInput? Address { get; set; }
    public bool? IsActive { get; set; }
}

public sealed class UpdateWarehouseInputType : InputObjectGraphType<UpdateWarehouseInput>
{
    public UpdateWarehouseInputType()
    {
        Name = "UpdateWarehouseInput";
        Description = "Changes to a warehouse. Fields left out (or null) stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("warehouseId").Description("The warehouse to change.");
        Field<StringGraphType>("code").Description("New unique code.");
        Field<StringGraphType>("name").Description("New name.");
        Field<AddressInputType>("address").Description("New address, replacing the old one as a whole.");
        Field<BooleanGraphType>("isActive").Description("True reactivates a deactivated warehouse; false is the same as deactivateWarehouse.");
    }
}

public sealed class UpdateWarehousePayloadType() : EntityPayloadGraphType<WarehouseType, Warehouse>("updateWarehouse", "warehouse", "The changed warehouse.");

public sealed class UpdateWarehouseHandler(CommerceDbContext db)
{
    public async Task<EntityPayload<Warehouse>> HandleAsync(UpdateWarehouseInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var warehouse = await db.LookupAsync<Warehouse>(errors, input.WarehouseId, WarehouseType.TypeName, cancellationToken, "warehouseId");
        if (warehouse is null)
        {
            return EntityPayload.Refused<Warehouse>(errors);
        }

        var code = input.Code is null ? null : await WarehouseFields.CodeAsync(db, errors, input.Code, warehouse.Id, cancellationToken);
        var name = input.Name is null ? null : WarehouseFields.Name(errors, input.Name);
        var address = input.Address is null ? null : errors.Address(input.Address, "address");
        if (errors.Any)
        {
            return EntityPayload.Refused<Warehouse>(errors);
        }

        warehouse.Code = code ?? warehouse.Code;
        warehouse.Name = name ?? warehouse.Name;
        warehouse.Address = address ?? warehouse.Address;
        warehouse.IsActive = input.IsActive ?? warehouse.IsActive;
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(warehouse);
    }
}
