using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

/// <summary>Checks of variant fields shared by createProduct, createProductVariant and updateProductVariant.</summary>
internal static class VariantFields
{
    /// <summary>The currency the product's other variants are priced in; null when it has none.</summary>
    public static Task<string?> ProductCurrencyAsync(CommerceDbContext db, int productId, int? exceptVariantId, CancellationToken cancellationToken) =>
        db.ProductVariants.Where(v => v.ProductId == productId && v.Id != exceptVariantId)
            .OrderBy(v => v.Id).Select(v => v.Currency).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The SKU to check for uniqueness, also when other values of the variant are wrong.</summary>
    public static string? SkuKey(string? sku) => string.IsNullOrWhiteSpace(sku) ? null : sku.Trim();

    public static string? Sku(InputErrors errors, string? sku, params string[] path) =>
        errors.Text(sku, ColumnLengths.Sku, required: true, path);

    /// <summary>ALREADY_EXISTS for each SKU of <paramref name="skus"/> that another variant (or an earlier one in the input) has.</summary>
    public static async Task CheckSkusFreeAsync(
        CommerceDbContext db, InputErrors errors, IReadOnlyList<(string? Sku, string[] Path)> skus, int? exceptVariantId, CancellationToken cancellationToken)
    {
        var wanted = skus.Select(s => s.Sku).OfType<string>().Distinct().ToList();
        var taken = await db.ProductVariants.Where(v => wanted.Contains(v.Sku) && v.Id != exceptVariantId).Select(v => v.Sku).ToListAsync(cancellationToken);
        var seen = new HashSet<string>(taken, StringComparer.Ordinal);
        foreach (var (sku, path) in skus.Where(s => s.Sku is not null))
        {
            if (!seen.Add(sku!))
            {
                errors.Add(UserErrorCode.AlreadyExists, $"The SKU \"{sku}\" is already used by another variant.", path);
            }
        }
    }

    /// <summary>Compare-at price in the price's currency and not below it.</summary>
    public static void CheckCompareAt(InputErrors errors, Domain.Common.Money? price, Domain.Common.Money? compareAt, params string[] path)
    {
        if (price is { } p && compareAt is { } c && (c.Currency != p.Currency || c.MinorUnits < p.MinorUnits))
        {
            errors.Invalid($"Must be in {p.Currency} and at least the price ({p}).", path);
        }
    }

    public static void CheckWeight(InputErrors errors, int? weightGrams, params string[] path)
    {
        if (weightGrams < 0)
        {
            errors.Invalid("Must not be negative.", path);
        }
    }

    /// <summary>Attributes with non-blank names unique within the variant.</summary>
    public static List<VariantAttribute> Attributes(InputErrors errors, IReadOnlyList<VariantAttributeInput> attributes, params string[] path)
    {
        var result = new List<VariantAttribute>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < attributes.Count; i++)
        {
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var name = errors.Text(attributes[i].Name, ColumnLengths.ShortText, required: true, [.. path, index, "name"]);
            var value = errors.Text(attributes[i].Value, ColumnLengths.ShortText, required: true, [.. path, index, "value"]);
            if (name is not null && !names.Add(name))
            {
                errors.Invalid($"The attribute \"{name}\" is given twice.", [.. path, index, "name"]);
            }

            result.Add(new VariantAttribute { Name = name ?? "", Value = value ?? "" });
        }

        return result;
    }

    /// <summary>
    /// A new variant from <paramref name="input"/> (SKU uniqueness is checked separately), priced in
    /// <paramref name="currency"/> when the product already has one; null when any value is wrong.
    /// </summary>
    public static ProductVariant? New(InputErrors errors, ProductVariantInput input, string? currency, DateTime now, params string[] path)
    {
        var before = errors.Count;
        var sku = Sku(errors, input.Sku, [.. path, "sku"]);
        var name = errors.Text(input.Name, ColumnLengths.Name, required: false, [.. path, "name"]);
        var price = errors.Money(input.Price, currency, [.. path, "price"]);
        var compareAt = input.CompareAtPrice is null ? null : errors.Money(input.CompareAtPrice, price?.Currency ?? currency, [.. path, "compareAtPrice"]);
        CheckCompareAt(errors, price, compareAt, [.. path, "compareAtPrice"]);
        CheckWeight(errors, input.WeightGrams, [.. path, "weightGrams"]);
        var attributes = Attributes(errors, input.Attributes, [.. path, "attributes"]);
        if (errors.Count > before)
        {
            return null;
        }

        return new ProductVariant
        {
            Sku = sku!, Name = name ?? DefaultName(attributes), PriceMinorUnits = price!.Value.MinorUnits,
            CompareAtPriceMinorUnits = compareAt?.MinorUnits, Currency = price.Value.Currency, WeightGrams = input.WeightGrams,
            Attributes = attributes, CreatedAt = now, UpdatedAt = now,
        };
    }

    private static string DefaultName(List<VariantAttribute> attributes) =>
        attributes.Count == 0 ? "Default" : string.Join(" / ", attributes.Select(a => a.Value));
}
