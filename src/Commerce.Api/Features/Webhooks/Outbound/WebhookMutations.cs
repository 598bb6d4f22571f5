using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Webhooks;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>Mutations: webhook endpoints and redelivery (scope <c>write:webhooks</c>).</summary>
public static class WebhookMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateWebhookEndpointInputType, CreateWebhookEndpointPayloadType, CreateWebhookEndpointInput, WebhookSecretPayload>(
            "createWebhookEndpoint", "Registers a URL for signed event notifications and returns its signing secret, this once.",
            (ctx, input) => ctx.Handler<CreateWebhookEndpointHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteWebhooks);
        mutation.MutationField<UpdateWebhookEndpointInputType, UpdateWebhookEndpointPayloadType, UpdateWebhookEndpointInput, EntityPayload<WebhookEndpoint>>(
            "updateWebhookEndpoint", "Changes an endpoint's URL, events, description or enabled state.",
            (ctx, input) => ctx.Handler<UpdateWebhookEndpointHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteWebhooks);
        mutation.MutationField<DisableWebhookEndpointInputType, DisableWebhookEndpointPayloadType, WebhookEndpointIdInput, EntityPayload<WebhookEndpoint>>(
            "disableWebhookEndpoint", "Stops sending to an endpoint: new events are not queued for it and pending deliveries wait until it is enabled again.",
            (ctx, input) => ctx.Handler<DisableWebhookEndpointHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteWebhooks);
        mutation.MutationField<RotateWebhookSecretInputType, RotateWebhookSecretPayloadType, RotateWebhookSecretInput, WebhookSecretPayload>(
            "rotateWebhookSecret", "Replaces an endpoint's signing secret and returns the new one, this once; the old one keeps signing during the grace period.",
            (ctx, input) => ctx.Handler<RotateWebhookSecretHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteWebhooks);
        mutation.MutationField<RedeliverWebhookEventInputType, RedeliverWebhookEventPayloadType, RedeliverWebhookEventInput, EntityPayload<WebhookDelivery>>(
            "redeliverWebhookEvent", "Sends a delivery again now, with a fresh retry schedule and the same event id and body.",
            (ctx, input) => ctx.Handler<RedeliverWebhookEventHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteWebhooks);
    }
}
