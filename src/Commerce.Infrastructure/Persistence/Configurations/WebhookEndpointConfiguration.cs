using Commerce.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.Property(e => e.Url).HasMaxLength(ColumnLengths.Url);
        builder.Property(e => e.Description).HasMaxLength(ColumnLengths.Note);
        builder.Property(e => e.Secret).HasMaxLength(ColumnLengths.Secret);
        builder.Property(e => e.PreviousSecret).HasMaxLength(ColumnLengths.Secret);
        builder.PrimitiveCollection(e => e.Events).IsRequired();
        builder.Ignore(e => e.IsEnabled);
    }
}
