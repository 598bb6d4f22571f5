using System.Collections.Concurrent;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Commerce.Api.Tests.Hosting;

public sealed class RequestLoggingTests : IDisposable
{
    private readonly ConcurrentQueue<LogEvent> _events = new();
    private readonly CommerceApiFactory _factory;

    public RequestLoggingTests() => _factory = new CommerceApiFactory(
        seedDemoData: false,
        settings: new Dictionary<string, string?> { ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information" },
        configureServices: s => s.AddSingleton<ILogEventSink>(new DelegatingSink(_events.Enqueue)));

    [Fact]
    public async Task RequestLog_NamesCallerOperationCostAndDuration_WithoutTheKey()
    {
        var key = await _factory.CreateApiKeyAsync("read:products");
        var response = await _factory.CreateGraphQLClient(key).PostAsync("query CatalogueProbe { products(first: 3) { nodes { name } } }");
        Assert.Null(response.Errors);

        var entry = await RequestEntryAsync("CatalogueProbe");
        var subject = entry.Properties["CallerId"].ToString().Trim('"');
        Assert.StartsWith("ApiKey:", subject);
        Assert.Equal("5", entry.Properties["RequestedQueryCost"].ToString());   // connection 2 + 3 nodes × 1
        Assert.Equal("200", entry.Properties["StatusCode"].ToString());
        Assert.True(entry.Properties.ContainsKey("Elapsed"));
        Assert.DoesNotContain(key, string.Join(' ', _events.Select(e => e.RenderMessage())));
    }

    [Fact]
    public async Task RequestLog_NamesAnonymousCallers_AsAnonymous()
    {
        await _factory.CreateAnonymousClient().PostAsync("query Anonymous { __typename }");

        var entry = await RequestEntryAsync("Anonymous");
        Assert.Equal("\"anonymous\"", entry.Properties["CallerId"].ToString());
    }

    public void Dispose() => _factory.Dispose();

    // The middleware writes its entry once the response has completed, which may be just after the client has it.
    private async Task<LogEvent> RequestEntryAsync(string operationName)
    {
        for (var attempt = 0; attempt < 600; attempt++)   // up to 30 s on a loaded machine; returns at once when present
        {
            var entry = _events.SingleOrDefault(e =>
                e.Properties.TryGetValue("OperationName", out var name) && name.ToString() == $"\"{operationName}\"");
            if (entry is not null)
            {
                return entry;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No request log entry for {operationName} among: " + string.Join(" | ", _events.Select(e => e.MessageTemplate.Text + " " + string.Join(",", e.Properties.Select(p => p.Key + "=" + p.Value)))));
    }

    private sealed class DelegatingSink(Action<LogEvent> emit) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => emit(logEvent);
    }
}
