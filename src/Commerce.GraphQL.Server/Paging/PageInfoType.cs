using GraphQL.Types;

namespace Commerce.GraphQL.Server.Paging;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its list, and the cursors to fetch its neighbours.";
        Field(p => p.HasNextPage).Description("True when more items follow this page.");
        Field(p => p.HasPreviousPage).Description("True when items precede this page (true whenever `after` was given).");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first item; null on an empty page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last item; null on an empty page.");
    }
}
