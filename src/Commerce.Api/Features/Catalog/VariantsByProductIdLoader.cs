using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

/// <summary>The variants of many products in one query, in insertion order.</summary>
public sealed class VariantsByProductIdLoader(IDbContextFactory<CommerceDbContext> contexts)
    : EntitiesByForeignKeyLoader<ProductVariant>(contexts)
{
    protected override Expression<Func<ProductVariant, int>> ForeignKey => v => v.ProductId;
}
