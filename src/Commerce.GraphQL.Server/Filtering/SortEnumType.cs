using GraphQL.Types;

namespace Commerce.GraphQL.Server.Filtering;

public enum SortDirection
{
    Ascending,
    Descending,
}

public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "The direction of a sort key.";
        Add("ASC", SortDirection.Ascending, "Smallest first; nulls first.");
        Add("DESC", SortDirection.Descending, "Largest first; nulls last.");
    }
}
