using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Customers;

/// <summary>The address books of many customers in one query.</summary>
public sealed class CustomerAddressesByCustomerIdLoader(IDbContextFactory<CommerceDbContext> contexts) : EntitiesByForeignKeyLoader<CustomerAddress>(contexts)
{
    protected override Expression<Func<CustomerAddress, int>> ForeignKey => a => a.CustomerId;
}
