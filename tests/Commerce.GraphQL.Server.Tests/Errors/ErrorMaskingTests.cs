using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Errors;

public sealed class ErrorMaskingTests(TestHost host) : IClassFixture<TestHost>
{
    [Fact]
    public async Task Execute_MasksInternalException_WhenDetailsAreNotExposed()
    {
        var body = await host.PostAsync("""{ boom }""");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("Unexpected error.", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_ERROR", error.FirstCode());
        Assert.DoesNotContain("secret", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Errors, e => e is InvalidOperationException { Message: "secret internals" });
    }

    [Fact]
    public async Task Execute_KeepsMessageAndCode_WhenErrorIsKnown()
    {
        var body = await host.PostAsync("""{ known }""");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("Known failure.", error.GetProperty("message").GetString());
        Assert.Equal("KNOWN", error.FirstCode());
    }
}
