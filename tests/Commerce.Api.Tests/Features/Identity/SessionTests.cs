using System.Net;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Identity;

public sealed class SessionTests : IDisposable
{
    private const string Refresh = """
        mutation($token: String!) { refreshAccessToken(input: { refreshToken: $token }) { accessToken refreshToken userErrors { code } } }
        """;

    private readonly AdjustableTimeProvider _clock = new();
    private readonly CommerceApiFactory _factory;

    public SessionTests() =>
        _factory = new CommerceApiFactory(seedDemoData: false, configureServices: s => s.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task AccessToken_Returns401_WhenExpired()
    {
        await _factory.SignUpCustomerAsync("expiring@example.com");
        var session = await _factory.SignInCustomerAsync("expiring@example.com");
        var client = _factory.CreateGraphQLClient(session.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ me { email } }")).Status);

        _clock.Offset = TimeSpan.FromMinutes(16);
        var response = await client.PostAsync("{ me { email } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
    }

    [Fact]
    public async Task RefreshAccessToken_RotatesAndRevokesFamily_WhenASpentTokenIsReused()
    {
        await _factory.SignUpCustomerAsync("rotate@example.com");
        var session = await _factory.SignInCustomerAsync("rotate@example.com");
        var client = _factory.CreateAnonymousClient();

        var first = (await client.QueryAsync(Refresh, new { token = session.RefreshToken }))["refreshAccessToken"]!;
        var next = first["refreshToken"]!.GetValue<string>();
        var reuse = (await client.QueryAsync(Refresh, new { token = session.RefreshToken }))["refreshAccessToken"]!;
        var afterTheft = (await client.QueryAsync(Refresh, new { token = next }))["refreshAccessToken"]!;

        Assert.Empty(first["userErrors"]!.AsArray());
        Assert.NotEqual(session.RefreshToken, next);
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateGraphQLClient(first["accessToken"]!.GetValue<string>()).PostAsync("{ me { email } }")).Status);
        Assert.Equal("INVALID_TOKEN", reuse["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("INVALID_TOKEN", afterTheft["userErrors"]![0]!["code"]!.GetValue<string>());
        await using var db = _factory.CreateDbContext();
        Assert.All(await db.RefreshTokens.ToListAsync(), t => Assert.NotNull(t.RevokedAt));
    }

    [Fact]
    public async Task SignOut_EndsTheSession_WhenGivenItsRefreshToken()
    {
        await _factory.SignUpCustomerAsync("leaving@example.com");
        var session = await _factory.SignInCustomerAsync("leaving@example.com");
        var client = _factory.CreateAnonymousClient();

        var signOut = await client.QueryAsync("mutation($token: String!) { signOut(input: { refreshToken: $token }) { userErrors { code } } }",
            new { token = session.RefreshToken });
        var refresh = (await client.QueryAsync(Refresh, new { token = session.RefreshToken }))["refreshAccessToken"]!;

        Assert.Empty(signOut["signOut"]!["userErrors"]!.AsArray());
        Assert.Equal("INVALID_TOKEN", refresh["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(refresh["accessToken"]);
    }

    [Fact]
    public async Task RefreshAccessToken_ReturnsInvalidToken_WhenRefreshTokenExpired()
    {
        await _factory.SignUpCustomerAsync("stale@example.com");
        var session = await _factory.SignInCustomerAsync("stale@example.com");

        _clock.Offset = TimeSpan.FromDays(31);
        var refresh = (await _factory.CreateAnonymousClient().QueryAsync(Refresh, new { token = session.RefreshToken }))["refreshAccessToken"]!;

        Assert.Equal("INVALID_TOKEN", refresh["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    public void Dispose() => _factory.Dispose();
}
