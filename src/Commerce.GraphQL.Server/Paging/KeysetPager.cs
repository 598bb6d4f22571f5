namespace Commerce.GraphQL.Server.Paging;

/// <summary>
/// Reads one page of an ordered query with keyset cursors: one SELECT (page size + 1 rows, for the next/previous
/// flag) and, only when asked, one COUNT over the unpaged query.
/// </summary>
public sealed class KeysetPager(IQueryExecutor executor)
{
    public async Task<Connection> PageAsync<T>(
        IQueryable<T> source, Ordering<T> ordering, PagingArguments args, string typeName, int defaultPageSize,
        bool includeTotalCount, CancellationToken cancellationToken)
    {
        args.Validate();
        var backward = args.Last is not null;
        var size = args.Last ?? args.First ?? defaultPageSize;

        var query = source;
        if (args.After is not null)
        {
            query = query.Where(KeysetPredicate.After(ordering, Cursor.Decode(args.After, typeName, ordering), reverse: false));
        }

        if (args.Before is not null)
        {
            query = query.Where(KeysetPredicate.After(ordering, Cursor.Decode(args.Before, typeName, ordering), reverse: true));
        }

        var rows = size == 0 ? [] : await executor.ToListAsync(ordering.Apply(query, backward).Take(size + 1), cancellationToken);
        var hasMore = rows.Count > size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        int? total = includeTotalCount ? await executor.CountAsync(source, cancellationToken) : null;
        string EncodeCursor(object row) => Cursor.Encode(typeName, ordering, (T)row);
        var edges = rows.Select(r => new Edge(r!, EncodeCursor)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: backward ? args.Before is not null : hasMore,
            HasPreviousPage: backward ? hasMore : args.After is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, total);
    }
}
