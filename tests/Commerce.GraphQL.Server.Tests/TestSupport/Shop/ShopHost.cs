using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.Server.Http;
using Commerce.GraphQL.Server.Limits;
using Commerce.GraphQL.Server.Relay;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.GraphQL.Server.Tests.TestSupport.Shop;

/// <summary>
/// A TestServer hosting <see cref="ShopSchema"/> with authorization and limits, a manual clock, and callers
/// chosen per request (the test headers stand in for an authentication handler).
/// </summary>
public sealed class ShopHost(Action<GraphQLLimitsOptions>? limits = null) : IAsyncLifetime
{
    private WebApplication? _app;

    public ManualTimeProvider Clock { get; } = new();

    public ValidationCounter Validations { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddScoped<WidgetByIdLoader>().AddScoped<OrderByIdLoader>();
        builder.Services.AddGraphQL(b => b.AddSchema<ShopSchema>().AddSystemTextJson().AddGraphTypes(typeof(ShopSchema).Assembly).AddValidationRule(Validations));
        builder.Services.AddGraphQLHttp(o => o.ExposeExceptionDetails = true);
        builder.Services.AddGraphQLAuthorizationAndLimits(limits);
        builder.Services.AddNodeResolver<WidgetByIdLoader, Widget>("Widget", (l, id) => l.LoadAsync(id));
        builder.Services.AddNodeResolver<OrderByIdLoader, Order>("Order", (l, id) => l.LoadAsync(id));
        _app = builder.Build();
        _app.Use((http, next) =>
        {
            if (http.Request.Headers.TryGetValue("X-Test-Ip", out var ip))
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
            }

            if (http.Request.Headers.TryGetValue("X-Test-Sub", out var sub))
            {
                var claims = new List<Claim> { new("sub", sub.ToString()) };
                claims.AddRange(http.Request.Headers["X-Test-Scopes"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim("scope", s)));
                http.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
            }

            return next(http);
        });
        _app.MapGraphQLHttp<ShopSchema>();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>POSTs as <paramref name="caller"/> (anonymous when null) holding <paramref name="scopes"/> (space-separated).</summary>
    public async Task<ShopResponse> SendAsync(string query, object? variables = null, string? caller = null, string? scopes = null, string? ip = null, string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables, operationName }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(HttpTestClient.GraphQLResponse));
        if (caller is not null)
        {
            request.Headers.Add("X-Test-Sub", caller);
            request.Headers.Add("X-Test-Scopes", scopes ?? string.Empty);
        }

        if (ip is not null)
        {
            request.Headers.Add("X-Test-Ip", ip);
        }

        using var response = await _app!.GetTestClient().SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return new ShopResponse(response.StatusCode, response.Headers, body);
    }
}

public sealed record ShopResponse(HttpStatusCode Status, HttpResponseHeaders Headers, JsonElement Body)
{
    public JsonElement Cost => Body.GetProperty("extensions").GetProperty("cost");

    public int? RequestedCost => NumberOrNull(Cost.GetProperty("requestedQueryCost"));

    public int? ActualCost => NumberOrNull(Cost.GetProperty("actualQueryCost"));

    public int Available => Cost.GetProperty("throttleStatus").GetProperty("currentlyAvailable").GetInt32();

    public string[] ErrorCodes => Body.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.FirstCode())]
        : [];

    public string Header(string name) => Headers.GetValues(name).Single();

    private static int? NumberOrNull(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
