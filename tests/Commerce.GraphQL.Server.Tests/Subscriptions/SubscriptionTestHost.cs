using System.Security.Claims;
using System.Text.Json;
using Commerce.GraphQL.Server.Http;
using Commerce.GraphQL.Server.Limits;
using Commerce.GraphQL.Server.Subscriptions;
using Commerce.GraphQL.Server.Tests.TestSupport;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.GraphQL.Server.Tests.Subscriptions;

/// <summary>A real Kestrel host on 127.0.0.1:0 serving <see cref="SubscriptionTestSchema"/> at /graphql.</summary>
public sealed class SubscriptionTestHost(Action<GraphQLWebSocketOptions>? configure = null) : IAsyncDisposable
{
    private WebApplication? _app;

    public TestEventSource Events { get; } = new();

    public Uri HttpAddress { get; private set; } = null!;

    public Uri SocketAddress => new UriBuilder(HttpAddress) { Scheme = "ws" }.Uri;

    public static async Task<SubscriptionTestHost> StartAsync(Action<GraphQLWebSocketOptions>? configure = null)
    {
        var host = new SubscriptionTestHost(configure);
        await host.StartAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Events);
        builder.Services.AddScoped<OperationMarker>();
        builder.Services.AddSingleton<PeopleSource>().AddScoped<PersonByIdLoader>().AddScoped<PetsByOwnerIdLoader>();
        builder.Services.AddGraphQL(b => b.AddSchema<SubscriptionTestSchema>().AddSystemTextJson().AddGraphTypes(typeof(SubscriptionTestHost).Assembly));
        builder.Services.AddGraphQLHttp();
        builder.Services.AddGraphQLAuthorizationAndLimits();
        builder.Services.AddSingleton<IWebSocketAuthenticator, ScopePayloadAuthenticator>();
        builder.Services.Configure<GraphQLWebSocketOptions>(o => configure?.Invoke(o));
        _app = builder.Build();
        _app.UseWebSockets();
        _app.MapGraphQLHttp<SubscriptionTestSchema>();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        HttpAddress = new Uri(new Uri(address), "/graphql");
    }

    /// <summary>Init payload <c>{"scope": "…"}</c> → a user with that scope; <c>{"refuse": true}</c> → refused; none → anonymous.</summary>
    private sealed class ScopePayloadAuthenticator : IWebSocketAuthenticator
    {
        public Task<WebSocketAuthentication> AuthenticateAsync(HttpContext http, JsonElement? initPayload, CancellationToken cancellationToken)
        {
            if (initPayload is { } payload && payload.TryGetProperty("refuse", out _))
            {
                return Task.FromResult(WebSocketAuthentication.Refuse());
            }

            if (initPayload is { } p && p.TryGetProperty("scope", out var scope))
            {
                var identity = new ClaimsIdentity([new Claim("sub", "tester"), new Claim("scope", scope.GetString()!)], "test");
                return Task.FromResult(WebSocketAuthentication.Accept(new ClaimsPrincipal(identity)));
            }

            return Task.FromResult(WebSocketAuthentication.Accept(http.User));
        }
    }
}
