using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Errors;

public sealed class ErrorDetailsTests(DevelopmentTestHost host) : IClassFixture<DevelopmentTestHost>
{
    [Fact]
    public async Task Execute_ExposesExceptionMessage_WhenDetailsAreExposed()
    {
        var body = await host.PostAsync("""{ boom }""");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("secret internals", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_ERROR", error.FirstCode());
        Assert.Contains("InvalidOperationException", body.GetRawText(), StringComparison.Ordinal);
    }
}
