using Commerce.GraphQL.Server.Filtering;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

public sealed class ColorType : EnumerationGraphType<Color>
{
}

public sealed class ItemType : ObjectGraphType<Item>
{
    public ItemType()
    {
        Description = "A test item.";
        this.ImplementsNode("Item", i => i.Id);
        Field(i => i.Name);
        Field(i => i.Note, nullable: true);
        Field(i => i.Price);
        Field(i => i.Active);
        Field<NonNullGraphType<ColorType>>("color").Resolve(ctx => ctx.Source.Color);
        Field<NonNullGraphType<IntGraphType>>("rawId").Resolve(ctx => ctx.Source.Id);
        this.Connection<ItemType, Item>("sameColor", "Other items of this color.", Ordering<Item>.By("id", i => i.Id))
            .Resolve((ctx, scope) =>
            {
                var item = (Item)ctx.Source!;
                return scope.Use(ctx.RequestServices!.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContext())
                    .Items.Where(i => i.Color == item.Color && i.Id != item.Id);
            });
    }
}

public sealed class ItemFilterInputType : FilterInputType<Item>
{
    public ItemFilterInputType()
        : base("ItemFilterInput", "Conditions on items.")
    {
        AllowId("id", "Item", i => i.Id, "The item's ID.");
        Allow("name", i => i.Name, "The name.");
        Allow("note", i => i.Note, "The note.");
        AllowComparable<LongGraphType, long>("price", i => i.Price, "The price in minor units.");
        AllowComparable<DateTimeGraphType, DateTime>("createdAt", i => i.CreatedAt, "Creation time (UTC).");
        Allow("active", i => i.Active, "Whether active.");
        AllowEnum<ColorType, Color>("color", i => i.Color, "The color.");
        AllowCustom<StringGraphType, string>("search", s => i => i.Name.Contains(s) || (i.Note != null && i.Note.Contains(s)), "Name or note contains.");
    }
}

public sealed class ItemSortInputType : SortInputType<Item>
{
    public ItemSortInputType()
        : base("ItemSortInput", "Sort keys of items.")
    {
        Allow("name", i => i.Name, "By name.");
        Allow("note", i => i.Note, "By note (nulls first ascending).");
        Allow("price", i => i.Price, "By price.");
        Allow("createdAt", i => i.CreatedAt, "By creation time.");
        Allow("active", i => i.Active, "By active flag.");
        Allow("color", i => i.Color, "By color.");
        TieBreaker("id", i => i.Id, "By id.");
    }
}
