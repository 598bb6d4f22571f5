using Commerce.Api.Features.Common.Mutations;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Outbound;

public sealed class CreateWebhookEndpointInputType : InputObjectGraphType<CreateWebhookEndpointInput>
{
    public CreateWebhookEndpointInputType()
    {
        Name = "CreateWebhookEndpointInput";
        Description = "A new webhook endpoint.";
        Field(i => i.Url).Description("An absolute http(s) URL on a public host (loopback and private addresses are refused).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("Event types to receive (1–50): \"order.created\", a family \"order.*\", or \"*\" for every event.");
        Field(i => i.Description, nullable: true).Description("What the endpoint is for (at most 2,000 characters).");
    }
}

public sealed class UpdateWebhookEndpointInputType : PatchInputGraphType<UpdateWebhookEndpointInput>
{
    public UpdateWebhookEndpointInputType()
    {
        Name = "UpdateWebhookEndpointInput";
        Description = "Changes to a webhook endpoint; fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The endpoint's id.");
        Field(i => i.Url, nullable: true).Description("A new URL (same rules as on creation).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("events").Description("The new list of event types (replaces the old one).");
        Field(i => i.Description, nullable: true).Description("A new description; null clears it.");
        Field(i => i.Enabled, nullable: true).Description("false stops deliveries (like `disableWebhookEndpoint`); true resumes them.");
    }
}

public sealed class DisableWebhookEndpointInputType()
    : IdInputGraphType<WebhookEndpointIdInput>("DisableWebhookEndpointInput", "The endpoint to disable.", "id", "The endpoint's id.");

public sealed class RotateWebhookSecretInputType : InputObjectGraphType<RotateWebhookSecretInput>
{
    public RotateWebhookSecretInputType()
    {
        Name = "RotateWebhookSecretInput";
        Description = "The endpoint whose signing secret is replaced.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The endpoint's id.");
        Field<NonNullGraphType<IntGraphType>>("gracePeriodMinutes").DefaultValue(RotateWebhookSecretHandler.DefaultGraceMinutes)
            .Description("How long deliveries are also signed with the old secret (0–10080 minutes; default one day).");
    }
}

public sealed class RedeliverWebhookEventInputType()
    : IdInputGraphType<RedeliverWebhookEventInput>("RedeliverWebhookEventInput", "The delivery to send again.", "deliveryId", "The delivery's id.");
