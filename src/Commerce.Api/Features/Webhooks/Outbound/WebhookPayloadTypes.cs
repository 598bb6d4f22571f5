using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Webhooks;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>A payload carrying an endpoint and its new secret (<c>createWebhookEndpoint</c>, <c>rotateWebhookSecret</c>).</summary>
public abstract class WebhookSecretPayloadType : PayloadGraphType<WebhookSecretPayload>
{
    protected WebhookSecretPayloadType(string name, string description)
        : base(name, description)
    {
        Field<WebhookEndpointType>("webhookEndpoint").Description("The endpoint; null when refused.").Resolve(ctx => ctx.Source.Endpoint);
        Field<StringGraphType>("secret")
            .Description("The signing secret, shown this once: store it now, it cannot be read back. Verify `X-Commerce-Signature` with it.")
            .Resolve(ctx => ctx.Source.Secret);
    }
}

public sealed class CreateWebhookEndpointPayloadType() : WebhookSecretPayloadType("CreateWebhookEndpointPayload", "The result of `createWebhookEndpoint`.");

public sealed class RotateWebhookSecretPayloadType() : WebhookSecretPayloadType("RotateWebhookSecretPayload", "The result of `rotateWebhookSecret`.");

public sealed class UpdateWebhookEndpointPayloadType()
    : EntityPayloadGraphType<WebhookEndpointType, WebhookEndpoint>("updateWebhookEndpoint", "webhookEndpoint", "The changed endpoint.");

public sealed class DisableWebhookEndpointPayloadType()
    : EntityPayloadGraphType<WebhookEndpointType, WebhookEndpoint>("disableWebhookEndpoint", "webhookEndpoint", "The disabled endpoint.");

public sealed class RedeliverWebhookEventPayloadType()
    : EntityPayloadGraphType<WebhookDeliveryType, WebhookDelivery>("redeliverWebhookEvent", "webhookDelivery", "The delivery, pending again and due now.");
