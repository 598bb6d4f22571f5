using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Catalog;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Api.Features.Catalog;

public static class CatalogFeature
{
    public static IServiceCollection AddCatalogFeature(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services
            .AddScoped<VariantsByProductIdLoader>()
            .AddScoped<CategoriesByParentIdLoader>()
            .AddScoped<AvailableByProductIdLoader>()
            .AddEntityNode<Product>(ProductType.TypeName, ProductVisibility.CanSee)
            .AddEntityNode<ProductVariant>(ProductVariantType.TypeName, ProductVisibility.CanSeeVariant)
            .AddEntityNode<Category>(CategoryType.TypeName, (_, _) => true)
            .AddScoped<CreateProductHandler>()
            .AddScoped<UpdateProductHandler>()
            .AddScoped<ArchiveProductHandler>()
            .AddScoped<CreateProductVariantHandler>()
            .AddScoped<UpdateProductVariantHandler>()
            .AddScoped<DeleteProductVariantHandler>()
            .AddScoped<CreateCategoryHandler>()
            .AddScoped<UpdateCategoryHandler>()
            .AddScoped<DeleteCategoryHandler>();
    }
}
