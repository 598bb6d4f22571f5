using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

public sealed class UpdateProductVariantInput : PatchInput
{
    public string VariantId { get; set; } = "";
    public string? Sku { get; set; }
    public string? Name { get; set; }
    public MoneyInput? Price { get; set; }
    public MoneyInput? CompareAtPrice { get; set; }
    public int? WeightGrams { get; set; }
    public List<VariantAttributeInput>? Attributes { get; set; }
}

public sealed class UpdateProductVariantInputType : PatchInputGraphType<UpdateProductVariantInput>
{
    public UpdateProductVariantInputType()
    {
        Name = "UpdateProductVariantInput";
        Description = "Changes to a variant. Fields left out stay as they are; `compareAtPrice: null` and `weightGrams: null` clear them. Orders keep the prices they were placed at.";
        Field<NonNullGraphType<IdGraphType>>("variantId").Description("The variant to change.");
        Field<StringGraphType>("sku").Description("New unique SKU.");
        Field<StringGraphType>("name").Description("New name.");
        Field<MoneyInputType>("price").Description("New price, in the currency of the product's other variants.");
        Field<MoneyInputType>("compareAtPrice").Description("New struck-through price, at least the price; null clears it.");
        Field<IntGraphType>("weightGrams").Description("New shipping weight in grams; null clears it.");
        Field<ListGraphType<NonNullGraphType<VariantAttributeInputType>>>("attributes").Description("The new option values, replacing the old ones.");
    }
}

public sealed class UpdateProductVariantPayloadType()
    : EntityPayloadGraphType<ProductVariantType, ProductVariant>("updateProductVariant", "productVariant", "The changed variant.");

/// <summary>Changes a variant's SKU, name, prices, weight or attributes; the compare-at price must stay at least the price.</summary>
public sealed class UpdateProductVariantHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<ProductVariant>> HandleAsync(UpdateProductVariantInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var variant = await db.LookupAsync<ProductVariant>(errors, input.VariantId, ProductVariantType.TypeName, cancellationToken, "variantId");
        if (variant is null)
        {
            return EntityPayload.Refused<ProductVariant>(errors);
        }

        var sku = input.Sku is null ? null : VariantFields.Sku(errors, input.Sku, "sku");
        await VariantFields.CheckSkusFreeAsync(db, errors, [(sku, ["sku"])], variant.Id, cancellationToken);
        var name = input.Name is null ? null : errors.Text(input.Name, ColumnLengths.Name, required: true, "name");
        var currency = await VariantFields.ProductCurrencyAsync(db, variant.ProductId, variant.Id, cancellationToken);
        var price = input.Price is null ? variant.Price : errors.Money(input.Price, currency, "price");
        var compareAt = !input.Has("compareAtPrice") ? variant.CompareAtPrice
            : input.CompareAtPrice is null ? null : errors.Money(input.CompareAtPrice, price?.Currency, "compareAtPrice");
        VariantFields.CheckCompareAt(errors, price, compareAt, "compareAtPrice");
        VariantFields.CheckWeight(errors, input.WeightGrams, "weightGrams");
        var attributes = input.Attributes is null ? null : VariantFields.Attributes(errors, input.Attributes, "attributes");
        if (errors.Any)
        {
            return EntityPayload.Refused<ProductVariant>(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        variant.Sku = sku ?? variant.Sku;
        variant.Name = name ?? variant.Name;
        (variant.PriceMinorUnits, variant.Currency) = (price!.Value.MinorUnits, price.Value.Currency);
        variant.CompareAtPriceMinorUnits = compareAt?.MinorUnits;
        variant.WeightGrams = input.Has("weightGrams") ? input.WeightGrams : variant.WeightGrams;
        variant.Attributes = attributes ?? variant.Attributes;
        variant.UpdatedAt = now;
        var product = (await db.Products.FindAsync([variant.ProductId], cancellationToken))!;
        product.UpdatedAt = now;
        await db.SaveWithEventAsync(product, () => ProductEvents.Of(ProductEvents.Updated, product), cancellationToken);
        return EntityPayload.Of(variant);
    }
}
