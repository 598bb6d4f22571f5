using Commerce.Api.Features.Common;
using GraphQL.Types;

namespace Commerce.Api.Graph;

/// <summary>The commerce graph. Root fields come from the feature folders (see <see cref="QueryType"/>).</summary>
public sealed class CommerceSchema : Schema
{
    public CommerceSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "Commerce.GraphQL: one typed graph of products, stock, customers, vendors, orders, payments and quotes.";
        Query = query;
        if (mutation.Fields.Count > 0)
        {
            Mutation = mutation;
        }

        Subscription = subscription;

        RegisterType(new LongScalarType());
    }
}
