using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace Commerce.GraphQL.Server.Errors;

/// <summary>
/// Turns exceptions that escape resolvers into client errors: always logged; masked as
/// "Unexpected error." (<c>INTERNAL_ERROR</c>) unless exception details are exposed (Development).
/// Known errors (<see cref="ExecutionError"/> and subclasses) never reach this handler; graphql-dotnet reports
/// them as they are.
/// </summary>
public static class UnhandledErrorMasking
{
    public const string MaskedMessage = "Unexpected error.";

    public static Func<UnhandledExceptionContext, Task> CreateHandler(ILogger logger, bool exposeDetails) => context =>
    {
        if (context.OriginalException is OperationCanceledException)
        {
            return Task.CompletedTask;
        }

        logger.LogError(context.OriginalException, "Unhandled exception while executing GraphQL field {Path}",
            context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
        context.Exception = exposeDetails
            ? new ExecutionError(context.OriginalException.Message, context.OriginalException) { Code = ErrorCodes.InternalError }
            : new GraphQLServerError(MaskedMessage, ErrorCodes.InternalError);
        return Task.CompletedTask;
    };
}
