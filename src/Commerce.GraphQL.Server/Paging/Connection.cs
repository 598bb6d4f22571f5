namespace Commerce.GraphQL.Server.Paging;

/// <summary>One page of a connection, as the connection graph types read it.</summary>
public sealed record Connection(IReadOnlyList<Edge> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);
}

/// <summary>
/// A node and its cursor. The cursor is encoded on first read: most clients select <c>nodes</c> and
/// <c>pageInfo</c>, so encoding one per row up front was wasted work on every page.
/// </summary>
public sealed class Edge(object node, Func<object, string> encodeCursor)
{
    private string? _cursor;

    public object Node { get; } = node;

    public string Cursor => _cursor ??= encodeCursor(Node);
}

/// <summary>
/// Paging forward, <see cref="HasPreviousPage"/> is true exactly when an <c>after</c> cursor was given (rows at
/// or before it existed when it was issued); paging backward, <see cref="HasNextPage"/> mirrors that for
/// <c>before</c>. The other flag comes from fetching one extra row. No extra query either way.
/// </summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
