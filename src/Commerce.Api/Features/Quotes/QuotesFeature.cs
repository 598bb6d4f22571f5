using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Quotes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Api.Features.Quotes;

/// <summary>Quotes with their lines and revisions: node refetch, group loaders, the clock for expiry and the expiry sweep.</summary>
public static class QuotesFeature
{
    public static IServiceCollection AddQuotesFeature(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QuoteExpirySweep>();
        services.AddHostedService(sp => sp.GetRequiredService<QuoteExpirySweep>());
        return services
            .AddEntityNode<Quote>(QuoteType.TypeName, QuoteVisibility.CanSee)
            .AddEntityNode<QuoteLine>(QuoteLineType.TypeName, (ctx, caller, l) => QuoteVisibility.CanSeeQuote(ctx, caller, l.QuoteId))
            .AddEntityNode<QuoteRevision>(QuoteRevisionType.TypeName, (ctx, caller, r) => QuoteVisibility.CanSeeQuote(ctx, caller, r.QuoteId))
            .AddEntityNode<QuoteRevisionLine>(QuoteRevisionLineType.TypeName, QuoteVisibility.CanSeeRevisionLine)
            .AddScoped<QuoteLinesByQuoteIdLoader>()
            .AddScoped<QuoteRevisionsByQuoteIdLoader>()
            .AddScoped<QuoteRevisionLinesByRevisionIdLoader>();
    }
}
