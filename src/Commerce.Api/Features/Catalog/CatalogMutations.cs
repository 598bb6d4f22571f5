using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>Root fields that change the catalogue: products, variants and categories (all need write:products).</summary>
public static class CatalogMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateProductInputType, CreateProductPayloadType, CreateProductInput, EntityPayload<Product>>(
            "createProduct", "Creates a product, DRAFT unless told otherwise, with its variants.",
            (ctx, input) => ctx.Handler<CreateProductHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<UpdateProductInputType, UpdateProductPayloadType, UpdateProductInput, EntityPayload<Product>>(
            "updateProduct", "Changes a product's own fields; fields left out stay as they are.",
            (ctx, input) => ctx.Handler<UpdateProductHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<ArchiveProductInputType, ArchiveProductPayloadType, ArchiveProductInput, EntityPayload<Product>>(
            "archiveProduct", "Retires a product: it stays for order history but can no longer be ordered.",
            (ctx, input) => ctx.Handler<ArchiveProductHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<CreateProductVariantInputType, CreateProductVariantPayloadType, CreateProductVariantInput, EntityPayload<ProductVariant>>(
            "createProductVariant", "Adds a variant to a product.",
            (ctx, input) => ctx.Handler<CreateProductVariantHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<UpdateProductVariantInputType, UpdateProductVariantPayloadType, UpdateProductVariantInput, EntityPayload<ProductVariant>>(
            "updateProductVariant", "Changes a variant's SKU, name, prices, weight or attributes.",
            (ctx, input) => ctx.Handler<UpdateProductVariantHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<DeleteProductVariantInputType, DeleteProductVariantPayloadType, DeleteProductVariantInput, EntityPayload<ProductVariant>>(
            "deleteProductVariant", "Deletes a variant that was never ordered or quoted and holds no stock.",
            (ctx, input) => ctx.Handler<DeleteProductVariantHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<CreateCategoryInputType, CreateCategoryPayloadType, CreateCategoryInput, EntityPayload<Category>>(
            "createCategory", "Creates a category, at the root or under a parent.",
            (ctx, input) => ctx.Handler<CreateCategoryHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<UpdateCategoryInputType, UpdateCategoryPayloadType, UpdateCategoryInput, EntityPayload<Category>>(
            "updateCategory", "Renames or moves a category; it cannot be moved under itself.",
            (ctx, input) => ctx.Handler<UpdateCategoryHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<DeleteCategoryInputType, DeleteCategoryPayloadType, DeleteCategoryInput, EntityPayload<Category>>(
            "deleteCategory", "Deletes a category without products or subcategories.",
            (ctx, input) => ctx.Handler<DeleteCategoryHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
    }
}
