namespace Commerce.GraphQL.Server.Paging;

/// <summary>Connection defaults (<c>services.Configure&lt;PagingOptions&gt;</c>); the hard cap is always 100.</summary>
public sealed class PagingOptions
{
    public const int DefaultSize = 20;

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = DefaultSize;
}
