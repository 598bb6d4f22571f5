using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Dashboards;
using Commerce.Api.Features.Identity;
using Commerce.Api.Features.Inventory;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Quotes;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Features.Webhooks.Inbound;
using Commerce.Api.Features.Webhooks.Outbound;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Graph;

/// <summary>The root query type: each feature contributes its root fields, one line per feature.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads of the commerce graph. Lists are Relay connections with `where` filters and `order` sorts.";
        NodeFields.AddTo(this);
        GetField("node")!.AllowPublic();   // each node type's row rule and type requirement still apply
        GetField("nodes")!.AllowPublic();
        VendorQueries.AddTo(this);
        CustomerQueries.AddTo(this);
        OrderQueries.AddTo(this);
        QuoteQueries.AddTo(this);
        CatalogQueries.AddTo(this);
        InventoryQueries.AddTo(this);
        IdentityQueries.AddTo(this);
        DashboardQueries.AddTo(this);
        WebhookQueries.AddTo(this);
        InboundWebhookQueries.AddTo(this);
    }
}
