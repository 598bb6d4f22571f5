using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Commerce.GraphQL.Server.Http;

/// <summary>
/// Parsed and validated documents by query text. Clients send the same few operations over and over; re-parsing and
/// re-validating them was most of the per-request cost of a small query (docs/benchmarks.md). A document is kept
/// only after it validated against the schema; on a hit only <see cref="ExecutionOptions.CachedDocumentValidationRules"/>
/// run (graphql-dotnet's convention: rules that depend on the request, such as authorization, register for cached
/// documents too). Variables are still coerced per request. Bounded: once full, new texts run normally but are not
/// kept, and texts longer than <see cref="MaxCachedQueryLength"/> are never kept.
/// </summary>
public sealed class ValidatedDocumentCache(int capacity) : IConfigureExecution
{
    public const int MaxCachedQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    /// <summary>After graphql-dotnet's option-configuring steps (100), as its own document cache does.</summary>
    public float SortOrder => 200;

    /// <summary>A document already validated for this text, if any (used to spot mutations sent over GET).</summary>
    public GraphQLDocument? Find(string query) => _documents.GetValueOrDefault(query);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        var cached = Find(query);
        if (cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        }

        var result = await next(options).ConfigureAwait(false);
        if (cached is null && result.Executed && result.Document is { } document
            && query.Length <= MaxCachedQueryLength && _documents.Count < capacity)
        {
            _documents.TryAdd(query, document);
        }

        return result;
    }
}
