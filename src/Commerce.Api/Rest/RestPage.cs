using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Rest;

/// <summary>A page of a list: <c>{ "data": [...], "meta": { "totalCount", "page", "limit", "pageCount" } }</c>.</summary>
public sealed record RestPage<T>(IReadOnlyList<T> Data, RestPageMeta Meta);

/// <summary>Where the page stands: rows matching the filters, the 1-based page, its size, and how many pages there are.</summary>
public sealed record RestPageMeta(int TotalCount, int Page, int Limit, int PageCount);

/// <summary>The <c>page</c> and <c>limit</c> query parameters: page ≥ 1 (default 1), limit 1–100 (default 20).</summary>
public sealed record RestPaging(int Page, int Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static RestPaging From(IQueryCollection query) =>
        new(RestQueryValues.Int(query, "page", 1, 1, int.MaxValue), RestQueryValues.Int(query, "limit", DefaultLimit, 1, MaxLimit));

    /// <summary>Counts the rows, then reads the page (a page beyond the end is empty and still says how many pages there are).</summary>
    public async Task<RestPage<TOut>> ReadAsync<T, TOut>(IQueryable<T> ordered, Func<T, TOut> map, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var skip = (long)(Page - 1) * Limit;
        var rows = skip >= total ? [] : await ordered.Skip((int)skip).Take(Limit).ToListAsync(cancellationToken);
        return new RestPage<TOut>([.. rows.Select(map)], new RestPageMeta(total, Page, Limit, (total + Limit - 1) / Limit));
    }
}
