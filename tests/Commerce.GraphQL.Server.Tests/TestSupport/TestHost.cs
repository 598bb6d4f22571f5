using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Http;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

/// <summary>A TestServer hosting <see cref="TestSchema"/> over a private in-memory SQLite database.</summary>
public class TestHost : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public CommandLog Sql { get; } = new();

    public PeopleSource People { get; } = new();

    public LogSink Logs { get; } = new();

    public ValidationCounter Validations { get; } = new();

    public IServiceProvider Services => _app!.Services;

    protected virtual bool ExposeExceptionDetails => false;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(Logs);
        builder.Services.AddPooledDbContextFactory<TestDb>(o => o.UseSqlite(_connection).AddInterceptors(Sql));
        builder.Services.AddSingleton(People);
        builder.Services.AddScoped<PersonByIdLoader>().AddScoped<PetsByOwnerIdLoader>().AddScoped<ItemByIdLoader>();
        builder.Services.AddGraphQL(b => b.AddSchema<TestSchema>().AddSystemTextJson().AddGraphTypes(typeof(TestHost).Assembly).AddValidationRule(Validations));
        builder.Services.AddGraphQLHttp(o =>
        {
            o.MaxRequestBodyBytes = 4096;
            o.ExposeExceptionDetails = ExposeExceptionDetails;
            o.ConfigureExecution = (http, execution) => execution.UserContext["tenant"] = http.Request.Headers["X-Tenant"].ToString();
        });
        builder.Services.AddSingleton<IQueryExecutor, EfQueryExecutor>();
        builder.Services.AddNodeResolver<PersonByIdLoader>("Person", (l, id) => l.LoadAsync(id).Then(p => (object?)p));
        builder.Services.AddNodeResolver<ItemByIdLoader, Item>("Item", (l, id) => l.LoadAsync(id));
        _app = builder.Build();
        _app.MapGraphQLHttp<TestSchema>();
        await _app.StartAsync();
        Client = _app.GetTestClient();

        await using var db = await Services.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    public async Task ResetItemsAsync(IEnumerable<Item> items)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContextAsync();
        await db.Items.ExecuteDeleteAsync();
        db.Items.AddRange(items);
        await db.SaveChangesAsync();
        Sql.Clear();
    }

    public async Task InsertItemAsync(Item item)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContextAsync();
        db.Items.Add(item);
        await db.SaveChangesAsync();
        Sql.Clear();
    }

    /// <summary>POSTs a JSON request accepting graphql-response+json and returns the parsed body.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
