using System.Security.Claims;
using Commerce.Api.Auth;
using Commerce.GraphQL.Server.Cost;
using Serilog;
using Serilog.Events;

namespace Commerce.Api.Hosting;

/// <summary>
/// One structured log event per HTTP request: who called (the caller's subject, never a credential), which GraphQL
/// operation, what it cost and how long it took. Only the path is logged, never the query string or headers, so
/// tokens, keys and variables stay out of the logs.
/// </summary>
public static class RequestLogging
{
    private const string Template =
        "HTTP {RequestMethod} {RequestPath} {OperationName} by {CallerId} responded {StatusCode} in {Elapsed:0.0} ms, cost {RequestedQueryCost}/{ActualQueryCost}";

    public static IApplicationBuilder UseCommerceRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();   // this host's, not the static one
            options.MessageTemplate = Template;
            options.GetLevel = (http, _, exception) => exception is not null || http.Response.StatusCode >= 500
                ? LogEventLevel.Error
                : http.Response.StatusCode == StatusCodes.Status429TooManyRequests ? LogEventLevel.Warning : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("CallerId", http.User.FindFirstValue(CommerceClaims.Subject) ?? "anonymous");
                var cost = http.Features.Get<GraphQLRequestCost>();
                diagnostics.Set("OperationName", cost?.OperationName);
                diagnostics.Set("RequestedQueryCost", cost?.RequestedQueryCost);
                diagnostics.Set("ActualQueryCost", cost?.ActualQueryCost);
                diagnostics.Set("Throttled", cost?.Throttled ?? false);
            };
        });
}
