using Commerce.Infrastructure.Events;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the database: a pooled <see cref="IDbContextFactory{CommerceDbContext}"/> (DataLoaders create one
    /// short-lived context per batch, since resolvers run in parallel), a scoped <see cref="CommerceDbContext"/>
    /// from that factory, the <see cref="SqlCommandCounter"/>, and the offline <see cref="TestPaymentGateway"/> unless
    /// a real <see cref="IPaymentGateway"/> was registered first, and the event path (<see cref="EventsServiceCollectionExtensions.AddCommerceEvents"/>).
    /// </summary>
    public static IServiceCollection AddCommerceInfrastructure(
        this IServiceCollection services, IConfiguration configuration)
    {
        var options = CommerceDatabaseOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        services.AddSingleton<SqlCommandCounter>();
        services.TryAddSingleton<IPaymentGateway, TestPaymentGateway>();
        services.AddCommerceEvents(configuration);

        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => AddContextFactory<SqliteCommerceDbContext>(services, options),
            DatabaseProvider.SqlServer => AddContextFactory<SqlServerCommerceDbContext>(services, options),
            _ => throw new InvalidOperationException($"Unsupported provider {options.Provider}."),
        };

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContext());
        return services;
    }

    private static IServiceCollection AddContextFactory<TContext>(
        IServiceCollection services, CommerceDatabaseOptions options)
        where TContext : CommerceDbContext
    {
        services.AddPooledDbContextFactory<TContext>((sp, builder) => builder
            .UseCommerceDatabase(options.Provider, options.ConnectionString)
            .AddInterceptors(sp.GetRequiredService<SqlCommandCounter>(), sp.GetRequiredService<OutboxCommitInterceptor>()));
        return services.AddSingleton<IDbContextFactory<CommerceDbContext>>(sp =>
            new CommerceDbContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
    }
}
