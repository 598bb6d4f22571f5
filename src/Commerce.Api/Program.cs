using Commerce.Api.Ide;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBananaCakePop(builder.Configuration);
var app = builder.Build();
app.MapGet("/", () => "Commerce.GraphQL");
// Before the GraphQL endpoint is reached: browsers' GET /graphql goes to the IDE at /graphql/.
app.MapBananaCakePop("/graphql");
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
