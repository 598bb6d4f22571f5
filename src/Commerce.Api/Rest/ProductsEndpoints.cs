using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Vendors;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Rest;

/// <summary><c>/api/v1/products</c>: list, get, create, patch, archive — through the catalogue's own handlers.</summary>
public static class ProductsEndpoints
{
    public static readonly RestList<Product> List = new RestList<Product>(p => p.Id, "-createdAt")
        .Filter("status", "DRAFT, ACTIVE or ARCHIVED.", RestQueryValues.Enum<ProductStatus>, s => p => p.Status == s)
        .Filter("vendorId", "The selling vendor's id.", (v, n) => RestQueryValues.Id(v, VendorType.TypeName, n), id => p => p.VendorId == id)
        .Filter("categoryId", "The category's id.", (v, n) => RestQueryValues.Id(v, CategoryType.TypeName, n), id => p => p.CategoryId == id)
        .Filter("createdAfter", "Created at or after this ISO 8601 time.", RestQueryValues.Date, t => p => p.CreatedAt >= t)
        .Filter("updatedAfter", "Changed at or after this ISO 8601 time.", RestQueryValues.Date, t => p => p.UpdatedAt >= t)
        .Sort("name", p => p.Name).Sort("createdAt", p => p.CreatedAt).Sort("updatedAt", p => p.UpdatedAt);

    public static void MapTo(RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products");
        products.MapGet("/", ListAsync).RequireScope(Scopes.ReadProducts).AsList(List).Produces<RestPage<ProductResource>>()
            .WithSummary("Lists products, every status unless filtered.");
        products.MapGet("/{id}", GetAsync).RequireScope(Scopes.ReadProducts).AsRead().Produces<ProductResource>()
            .WithSummary("One product with its variants.");
        products.MapPost("/", CreateAsync).RequireScope(Scopes.WriteProducts).AsWrite<CreateProductInput>().Produces<ProductResource>(StatusCodes.Status201Created)
            .WithSummary("Creates a product and its variants (the createProduct mutation).");
        products.MapPatch("/{id}", UpdateAsync).RequireScope(Scopes.WriteProducts).AsWrite<UpdateProductInput>().Produces<ProductResource>()
            .WithSummary("Changes a product's own fields; left-out fields stay, `null` clears description and categoryId (updateProduct).");
        products.MapPost("/{id}/archive", ArchiveAsync).RequireScope(Scopes.WriteProducts).AsWrite().Produces<ProductResource>()
            .WithSummary("Archives a product; archiving an archived product succeeds (archiveProduct).");
    }

    private static Task<IResult> ListAsync(HttpContext http, CommerceDbContext db) =>
        List.PageAsync(http, db.Products.AsNoTracking().Include(p => p.Variants), ProductResource.From);

    private static async Task<IResult> GetAsync(string id, HttpContext http, CommerceDbContext db) =>
        RestResults.Ok(http, await LoadAsync(db, RestQueryValues.PathId(id, ProductType.TypeName), http.RequestAborted));

    private static async Task<IResult> CreateAsync(HttpContext http, CreateProductHandler handler, CommerceDbContext db)
    {
        var body = await RestBodyReader.ReadAsync<CreateProductInput>(http);
        var payload = await handler.HandleAsync(body.Input, http.RequestAborted);
        return payload.Entity is { } product
            ? RestResults.Created($"/api/v1/products/{ProductResource.From(product).Id}", await LoadAsync(db, product.Id, http.RequestAborted))
            : RestUserErrors.Result(payload.UserErrors);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpContext http, UpdateProductHandler handler, CommerceDbContext db)
    {
        var body = await RestBodyReader.ReadAsync<UpdateProductInput>(http);
        body.Input.ProductId = id;
        body.Input.Provided = body.Provided;
        var payload = await handler.HandleAsync(body.Input, http.RequestAborted);
        return payload.Entity is { } product
            ? RestResults.Json(await LoadAsync(db, product.Id, http.RequestAborted))
            : RestUserErrors.Result(payload.UserErrors, "productId");
    }

    private static async Task<IResult> ArchiveAsync(string id, HttpContext http, ArchiveProductHandler handler, CommerceDbContext db)
    {
        var payload = await handler.HandleAsync(new ArchiveProductInput { ProductId = id }, http.RequestAborted);
        return payload.Entity is { } product
            ? RestResults.Json(await LoadAsync(db, product.Id, http.RequestAborted))
            : RestUserErrors.Result(payload.UserErrors, "productId");
    }

    private static async Task<ProductResource> LoadAsync(CommerceDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking().Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } product
            ? ProductResource.From(product)
            : throw RestRequestException.NotFound(ProductType.TypeName);
}
