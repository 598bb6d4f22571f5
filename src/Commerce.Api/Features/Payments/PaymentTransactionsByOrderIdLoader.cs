using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Payments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Payments;

/// <summary>The payment ledgers of many orders in one query, oldest entry first.</summary>
public sealed class PaymentTransactionsByOrderIdLoader(IDbContextFactory<CommerceDbContext> contexts) : EntitiesByForeignKeyLoader<PaymentTransaction>(contexts)
{
    protected override Expression<Func<PaymentTransaction, int>> ForeignKey => t => t.OrderId;

    protected override IQueryable<PaymentTransaction> OrderGroup(IQueryable<PaymentTransaction> query) =>
        query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id);
}
