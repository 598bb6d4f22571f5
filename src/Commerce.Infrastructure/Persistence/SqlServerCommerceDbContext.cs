using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

/// <summary>The SQL Server flavour of the context; owns the migrations in Persistence/Migrations/SqlServer.</summary>
public sealed class SqlServerCommerceDbContext(DbContextOptions<SqlServerCommerceDbContext> options)
    : CommerceDbContext(options);
