using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Infrastructure.Persistence.Diagnostics;

/// <summary>
/// Counts every command EF Core sends (queries, saves, scalars; sync and async) into the ambient
/// <see cref="SqlCommandScope"/>, and into a process-wide total. The API reports a request's count in
/// <c>extensions.sqlCommands</c>, and tests assert on it to catch N+1 queries.
/// </summary>
/// <example><code>
/// using var scope = SqlCommandCounter.BeginScope();
/// await ExecuteRequestAsync();
/// var commands = scope.Count;
/// </code></example>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<SqlCommandScope?> Ambient = new();
    private long totalCount;

    /// <summary>Commands counted by this interceptor since the process started.</summary>
    public long TotalCount => Interlocked.Read(ref totalCount);

    internal static SqlCommandScope? CurrentScope
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>Starts counting in the current async flow and every flow started from it, until disposed.</summary>
    public static SqlCommandScope BeginScope()
    {
        var scope = new SqlCommandScope(Ambient.Value);
        Ambient.Value = scope;
        return scope;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    private T Count<T>(T result)
    {
        Interlocked.Increment(ref totalCount);
        Ambient.Value?.Increment();
        return result;
    }
}
