using Commerce.Api.Auth;
using GraphQL.Types;

namespace Commerce.Api.Features.Identity;

/// <summary>The scopes an API key may carry (<see cref="Scopes.Assignable"/>), e.g. <c>READ_ORDERS</c> = "read:orders".</summary>
public sealed class ApiScopeType : EnumerationGraphType
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [Scopes.ReadProducts] = "Read the catalogue, including drafts and stock.",
        [Scopes.WriteProducts] = "Change products, variants, prices and stock.",
        [Scopes.ReadInventory] = "Watch stock live (the stockLevelChanged and lowStockAlert subscriptions).",
        [Scopes.ReadOrders] = "Read every order.",
        [Scopes.WriteOrders] = "Place, change, fulfil and cancel orders.",
        [Scopes.ReadCustomers] = "Read every customer.",
        [Scopes.WriteCustomers] = "Change customers.",
        [Scopes.ReadVendors] = "Read vendors and their users.",
        [Scopes.WriteVendors] = "Change vendors and create vendor users.",
        [Scopes.ReadQuotes] = "Read every quote.",
        [Scopes.WriteQuotes] = "Offer, counter and decide quotes.",
        [Scopes.ReadInsights] = "Read dashboards and reports.",
        [Scopes.WriteWebhooks] = "Manage webhook subscriptions.",
        [Scopes.Admin] = "Everything, including managing API keys.",
    };

    public ApiScopeType()
    {
        Name = "ApiScope";
        Description = "A permission an API key carries. The scope string (e.g. \"read:orders\") is the value with `_` for `:`, upper-case.";
        foreach (var scope in Scopes.Assignable)
        {
            Add(GraphName(scope), scope, $"`{scope}`: {Descriptions[scope]}");
        }
    }

    public static string GraphName(string scope) => scope.Replace(':', '_').ToUpperInvariant();
}
