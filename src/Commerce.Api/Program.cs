using Commerce.Api.Auth;
using Commerce.Api.Features.Webhooks;
using Commerce.Api.Features.Webhooks.Inbound;
using Commerce.Api.Graph;
using Commerce.Api.Hosting;
using Commerce.Api.Ide;
using Commerce.Api.Rest;
using Commerce.GraphQL.Server.Http;
using Commerce.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
// The static Log.Logger stays untouched: each host (several run side by side in tests) logs through its own logger.
builder.Services.AddSerilog((services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).WriteTo.Console(),
    preserveStaticLogger: true);
builder.Services.AddCommerceInfrastructure(builder.Configuration);
builder.Services.AddCommerceAuthentication(builder.Configuration);
builder.Services.AddCommerceGraph(builder.Configuration, builder.Environment);
builder.Services.AddBananaCakePop(builder.Configuration);
builder.Services.AddCommerceHealthChecks();
builder.Services.AddCommerceRest();
builder.Services.AddInboundWebhooksFeature();
builder.Services.AddWebhookRetention(builder.Configuration);
var app = builder.Build();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, app);
}

await app.PrepareDatabaseAsync();
var firstApiKey = await app.CreateFirstApiKeyAsync();

// Before the GraphQL endpoint: a browser's GET /graphql goes to the IDE at /graphql/.
app.MapBananaCakePop("/graphql");
app.UseCommerceAuthentication();
app.UseCommerceRequestLogging();   // after authentication, so each entry names its caller

// After authentication: a key's lookup is cached across requests and is no part of what a query costs.
if (SqlCommandCountReporting.IsEnabled(app.Configuration))
{
    app.UseSqlCommandCountReporting();
}

app.UseWebSockets();               // GraphQL subscriptions: graphql-transport-ws / graphql-ws at /graphql
app.MapGraphQLHttp<CommerceSchema>("/graphql");
app.MapCommerceRest();
app.MapCommerceHealth();
app.MapInboundWebhooks();
app.PrintAddressesOnStart(app.Configuration.GetValue("GraphQL:Ide:Enabled", true), firstApiKey);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
