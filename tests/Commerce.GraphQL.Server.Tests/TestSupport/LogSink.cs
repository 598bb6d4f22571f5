using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

/// <summary>Captures error logs with their exceptions.</summary>
public sealed class LogSink : ILoggerProvider, ILogger
{
    public ConcurrentQueue<Exception> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (exception is not null && IsEnabled(logLevel))
        {
            Errors.Enqueue(exception);
        }
    }

    public void Dispose()
    {
    }
}
