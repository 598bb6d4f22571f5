using Commerce.GraphQL.Server.Errors;

namespace Commerce.GraphQL.Server.Paging;

/// <summary>Relay paging arguments, validated against the default page size and the hard cap.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int MaxPageSize = 100;

    /// <summary>Throws INVALID_PAGING_ARGUMENTS / PAGE_SIZE_EXCEEDED for arguments no page can satisfy.</summary>
    public void Validate()
    {
        if (First is not null && Last is not null)
        {
            throw new GraphQLServerError("Pass either `first` or `last`, not both.", ErrorCodes.InvalidPagingArguments);
        }

        if (First < 0 || Last < 0)
        {
            throw new GraphQLServerError("`first` and `last` cannot be negative.", ErrorCodes.InvalidPagingArguments);
        }

        if (First > MaxPageSize || Last > MaxPageSize)
        {
            throw new GraphQLServerError($"A page holds at most {MaxPageSize} items.", ErrorCodes.PageSizeExceeded);
        }
    }
}
