using System.Collections.Concurrent;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Commerce.GraphQL.Server.Http;

/// <summary>
/// Parsed documents by query text. Clients send the same few operations over and over, and parsing showed up as a
/// measurable share of a catalogue page's CPU (docs/benchmarks.md). Documents are immutable ASTs, safe to share
/// between concurrent executions. Bounded: once full, new texts are parsed but not kept, so a client sending
/// endless distinct queries cannot grow memory; texts longer than <see cref="MaxCachedQueryLength"/> are never kept.
/// </summary>
public sealed class ParsedDocumentCache(int capacity)
{
    public const int MaxCachedQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    /// <summary>The parsed document, or null when the text is not valid GraphQL (the executor reports why).</summary>
    public GraphQLDocument? GetOrParse(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
        {
            return cached;
        }

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }

        if (query.Length <= MaxCachedQueryLength && _documents.Count < capacity)
        {
            _documents.TryAdd(query, document);
        }

        return document;
    }
}
