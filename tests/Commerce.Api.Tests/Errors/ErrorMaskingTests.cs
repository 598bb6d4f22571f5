using Commerce.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Commerce.Api.Tests.Errors;

/// <summary>
/// A real internal fault (the vendors table is gone) reaches clients masked in Production and with its details in
/// Development, where appsettings.Development.json turns <c>GraphQL:ExposeExceptionDetails</c> on.
/// </summary>
public sealed class ErrorMaskingTests
{
    private const string Query = "{ vendors(first: 1) { nodes { name } } }";

    [Fact]
    public async Task Query_ReturnsMaskedInternalError_WhenDatabaseFailsInProduction()
    {
        using var factory = new CommerceApiFactory(environment: "Production", seedDemoData: false);

        var response = await QueryWithoutVendorsTableAsync(factory);

        Assert.Equal("INTERNAL_ERROR", response.ErrorCode);
        Assert.Equal("Unexpected error.", response.ErrorMessages);
        var body = response.Body.ToJsonString();
        Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Vendors", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ReturnsErrorDetails_WhenDatabaseFailsInDevelopment()
    {
        using var factory = new CommerceApiFactory(environment: "Development", seedDemoData: false);

        var response = await QueryWithoutVendorsTableAsync(factory);

        Assert.Equal("INTERNAL_ERROR", response.ErrorCode);
        Assert.Contains("no such table", response.ErrorMessages, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<GraphQLResponse> QueryWithoutVendorsTableAsync(CommerceApiFactory factory)
    {
        var client = new GraphQLClient(factory.CreateClient());   // starts the host: the database is migrated
        await using (var connection = new SqliteConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "PRAGMA foreign_keys = OFF; DROP TABLE \"Vendors\";";
            await drop.ExecuteNonQueryAsync();
        }

        var response = await client.PostAsync(Query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data?["vendors"]);
        return response;
    }
}
