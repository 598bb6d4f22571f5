using System.Security.Claims;
using Commerce.GraphQL.Server.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.GraphQL.Server.Http;

/// <summary>
/// The execution options every transport builds the same way (HTTP, WebSocket, SSE): the request's text and inputs,
/// the caller, the services the operation runs in, error masking, the <see cref="HttpContext"/> in the user context
/// and the host's <see cref="GraphQLHttpOptions.ConfigureExecution"/> hook.
/// </summary>
internal static class GraphQLExecution
{
    public static ExecutionOptions CreateOptions(
        HttpContext http, IServiceProvider services, ClaimsPrincipal user, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Commerce.GraphQL.Server");
        var execution = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = UnhandledErrorMasking.CreateHandler(logger, options.ExposeExceptionDetails),
        };
        execution.UserContext[HttpContextUserContext.Key] = http;
        options.ConfigureExecution?.Invoke(http, execution);
        return execution;
    }
}
