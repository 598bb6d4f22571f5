using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Inventory;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Inventory;

public sealed class CreateWarehouseInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public AddressInput Address { get; set; } = new();
}

public sealed class CreateWarehouseInputType : InputObjectGraphType<CreateWarehouseInput>
{
    public CreateWarehouseInputType()
    {
        Name = "CreateWarehouseInput";
        Description = "A new warehouse. It starts active.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Short unique code of letters, digits and hyphens, e.g. \"JNB-1\"; stored upper-case.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The warehouse's name.");
        Field<NonNullGraphType<AddressInputType>>("address").Description("Where the warehouse is.");
    }
}

public sealed class CreateWarehousePayloadType() : EntityPayloadGraphType<WarehouseType, Warehouse>("createWarehouse", "warehouse", "The created warehouse.");

public sealed class CreateWarehouseHandler(CommerceDbContext db)
{
    public async Task<EntityPayload<Warehouse>> HandleAsync(CreateWarehouseInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var code = await WarehouseFields.CodeAsync(db, errors, input.Code, null, cancellationToken);
        var name = WarehouseFields.Name(errors, input.Name);
        var address = errors.Address(input.Address, "address");
        if (errors.Any)
        {
            return EntityPayload.Refused<Warehouse>(errors);
        }

        var warehouse = new Warehouse { Code = code!, Name = name!, Address = address!, IsActive = true };
        db.Warehouses.Add(warehouse);
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(warehouse);
    }
}
