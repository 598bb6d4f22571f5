using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The graph's view of a <see cref="QuoteLine"/>: what the buyer asked a price for.</summary>
public sealed class QuoteLineType : ObjectGraphType<QuoteLine>
{
    public const string TypeName = "QuoteLine";

    public QuoteLineType()
    {
        Name = TypeName;
        Description = "A line of a quote request: a variant, the quantity wanted and the buyer's requirements. The prices are in the revisions.";
        this.ImplementsNode(TypeName, l => l.Id);
        this.RequireScopes(Scopes.ReadQuotes, Scopes.Customer, Scopes.Vendor);
        Field(l => l.Quantity).Description("Units requested.");
        Field(l => l.Requirements, nullable: true).Description("Free-form requirements, e.g. packaging or branding.");
        Field<NonNullGraphType<ProductVariantType>>("variant").Description("The variant requested.")
            .Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.VariantId));
    }
}
