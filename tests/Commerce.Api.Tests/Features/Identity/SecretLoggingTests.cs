using System.Collections.Concurrent;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Commerce.Api.Tests.Features.Identity;

public sealed class SecretLoggingTests : IDisposable
{
    private readonly CapturingSink _sink = new();
    private readonly CommerceApiFactory _factory;

    public SecretLoggingTests() => _factory = new CommerceApiFactory(
        seedDemoData: false,
        settings: new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Verbose",
        },
        configureServices: s => s.AddSingleton<ILogEventSink>(_sink));

    [Fact]
    public async Task Logs_ContainNoPasswordKeyOrToken_WhenCallersAuthenticate()
    {
        const string password = "p4ssw0rd-never-logged";
        var apiKey = await _factory.CreateApiKeyAsync("read:orders");
        await _factory.SignUpCustomerAsync("logged@example.com", password);
        var session = await _factory.SignInCustomerAsync("logged@example.com", password);
        await _factory.CreateGraphQLClient(apiKey).PostAsync("{ __typename }");
        await _factory.CreateGraphQLClient(session.AccessToken).PostAsync("{ me { email } }");
        await _factory.CreateGraphQLClient(apiKey + "x").PostAsync("{ __typename }");
        await _factory.CreateGraphQLClient(session.AccessToken + "x").PostAsync("{ __typename }");
        await _factory.CreateAnonymousClient().PostAsync(
            "mutation($t: String!) { refreshAccessToken(input: { refreshToken: $t }) { accessToken } }", new { t = session.RefreshToken });

        var logs = _sink.Render();
        Assert.Contains("Executed DbCommand", logs);   // the capture sees verbose framework logs
        foreach (var secret in new[] { password, apiKey[12..], session.AccessToken.Split('.')[2], session.RefreshToken[4..] })
        {
            Assert.DoesNotContain(secret, logs);
        }
    }

    public void Dispose() => _factory.Dispose();

    private sealed class CapturingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        public string Render() => string.Join('\n', _events.Select(e =>
            $"{e.RenderMessage()} {string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}"));
    }
}
