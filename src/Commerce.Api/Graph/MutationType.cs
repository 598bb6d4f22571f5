using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Identity;
using Commerce.Api.Features.Inventory;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Payments;
using Commerce.Api.Features.Quotes;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Features.Webhooks.Outbound;
using GraphQL.Types;

namespace Commerce.Api.Graph;

/// <summary>The root mutation type: each feature contributes its mutations, one line per feature.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Changes to the commerce graph. Each mutation takes one `input` and returns a payload whose "
            + "`userErrors` lists every expected refusal; when it is non-empty nothing was changed.";
        IdentityMutations.AddTo(this);
        CatalogMutations.AddTo(this);
        InventoryMutations.AddTo(this);
        CustomerMutations.AddTo(this);
        VendorMutations.AddTo(this);
        OrderMutations.AddTo(this);
        PaymentMutations.AddTo(this);
        QuoteMutations.AddTo(this);
        WebhookMutations.AddTo(this);
    }
}
