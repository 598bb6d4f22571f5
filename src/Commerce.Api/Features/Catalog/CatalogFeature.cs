using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Catalog;

namespace Commerce.Api.Features.Catalog;

public static class CatalogFeature
{
    public static IServiceCollection AddCatalogFeature(this IServiceCollection services) => services
        .AddScoped<VariantsByProductIdLoader>()
        .AddScoped<CategoriesByParentIdLoader>()
        .AddScoped<AvailableByProductIdLoader>()
        .AddEntityNode<Product>(ProductType.TypeName, ProductVisibility.CanSee)
        .AddEntityNode<ProductVariant>(ProductVariantType.TypeName, ProductVisibility.CanSeeVariant)
        .AddEntityNode<Category>(CategoryType.TypeName, (_, _) => true);
}
