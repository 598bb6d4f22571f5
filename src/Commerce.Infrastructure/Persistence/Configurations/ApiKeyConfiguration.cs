using Commerce.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(k => k.Prefix).HasMaxLength(ColumnLengths.Code);
        builder.Property(k => k.SecretHash).HasMaxLength(ColumnLengths.Sha256);
        builder.PrimitiveCollection(k => k.Scopes).IsRequired();
        builder.Ignore(k => k.IsRevoked);
        builder.HasIndex(k => k.Prefix).IsUnique();
    }
}
