using Commerce.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class SigningSecretConfiguration : IEntityTypeConfiguration<SigningSecret>
{
    public void Configure(EntityTypeBuilder<SigningSecret> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(ColumnLengths.Code);
        builder.Property(s => s.Value).HasMaxLength(ColumnLengths.Secret);
    }
}
