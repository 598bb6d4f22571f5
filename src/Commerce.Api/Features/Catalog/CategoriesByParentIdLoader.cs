using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

/// <summary>The child categories of many categories in one query, by name.</summary>
public sealed class CategoriesByParentIdLoader(IDbContextFactory<CommerceDbContext> contexts)
    : EntitiesByForeignKeyLoader<Category>(contexts)
{
    protected override Expression<Func<Category, int>> ForeignKey => c => c.ParentId!.Value;

    protected override IQueryable<Category> OrderGroup(IQueryable<Category> query) => query.OrderBy(c => c.Name).ThenBy(c => c.Id);
}
