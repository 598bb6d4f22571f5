using Commerce.Infrastructure.Persistence.Diagnostics;
using GraphQL;
using GraphQL.Execution;

namespace Commerce.Api.Graph;

/// <summary>
/// With <c>Diagnostics:ExposeSqlCommandCount</c> on, every GraphQL response carries <c>extensions.sqlCommands</c>:
/// the SQL commands its request issued. Tests assert it; the benchmark prints it. Off by default, because it
/// tells outsiders something about the database.
/// </summary>
public static class SqlCommandCountReporting
{
    public const string ConfigurationKey = "Diagnostics:ExposeSqlCommandCount";
    public const string ExtensionName = "sqlCommands";
    private static readonly object ScopeKey = new();

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(ConfigurationKey);

    /// <summary>Opens a counting scope around the rest of the pipeline; loaders' parallel tasks count into it.</summary>
    public static IApplicationBuilder UseSqlCommandCountReporting(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            using var scope = SqlCommandCounter.BeginScope();
            context.Items[ScopeKey] = scope;
            await next(context);
        });

    /// <summary>Adds the listener that copies the scope's count into the response's extensions.</summary>
    public static void AddListener(HttpContext context, ExecutionOptions options)
    {
        if (context.Items[ScopeKey] is SqlCommandScope scope)
        {
            options.Listeners.Add(new Listener(scope));
        }
    }

    private sealed class Listener(SqlCommandScope scope) : DocumentExecutionListenerBase
    {
        public override Task AfterExecutionAsync(IExecutionContext context)
        {
            context.OutputExtensions[ExtensionName] = scope.Count;
            return Task.CompletedTask;
        }
    }
}
