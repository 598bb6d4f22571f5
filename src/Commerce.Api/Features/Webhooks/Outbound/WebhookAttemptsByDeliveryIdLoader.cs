using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>The attempt logs of many deliveries in one query, oldest attempt first.</summary>
public sealed class WebhookAttemptsByDeliveryIdLoader(IDbContextFactory<CommerceDbContext> contexts) : EntitiesByForeignKeyLoader<WebhookAttempt>(contexts)
{
    protected override Expression<Func<WebhookAttempt, int>> ForeignKey => a => a.DeliveryId;
}
