using System.Text.Json.Nodes;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

/// <summary>The GraphQL documents the webhook tests share.</summary>
public static class WebhookGraph
{
    public const string Create = """
        mutation ($input: CreateWebhookEndpointInput!) {
          createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url events enabled } userErrors { code field message } }
        }
        """;

    public const string Deliveries = """
        query ($id: ID!) {
          node(id: $id) {
            ... on WebhookEndpoint {
              deliveries(first: 50) {
                nodes {
                  id eventId eventType status attemptCount nextAttemptAt deliveredAt payload
                  attempts { attemptedAt statusCode durationMs responseExcerpt error }
                }
              }
            }
          }
        }
        """;

    /// <summary>Creates an endpoint; returns its id and secret (asserting it was accepted).</summary>
    public static async Task<(string Id, string Secret)> CreateEndpointAsync(this GraphQLClient client, string url, params string[] events)
    {
        var payload = await client.MutateAsync("createWebhookEndpoint", Create, new { url, events = events.Length == 0 ? ["customer.*"] : events });
        Assert.Empty(payload.UserErrors());
        return (payload["webhookEndpoint"]!["id"]!.GetValue<string>(), payload["secret"]!.GetValue<string>());
    }

    /// <summary>Creates a customer through the graph: one customer.created event in the outbox.</summary>
    public static async Task CreateCustomerAsync(this GraphQLClient client, string email)
    {
        var payload = await client.MutateAsync("createCustomer", """
            mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code field message } } }
            """, new { email, firstName = "Hook", lastName = "Test" });
        Assert.Empty(payload.UserErrors());
    }

    /// <summary>The endpoint's deliveries, newest first.</summary>
    public static async Task<JsonArray> DeliveriesAsync(this GraphQLClient client, string endpointId)
    {
        var data = await client.QueryAsync(Deliveries, new { id = endpointId });
        return data["node"]!["deliveries"]!["nodes"]!.AsArray();
    }
}
