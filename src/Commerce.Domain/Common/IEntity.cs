namespace Commerce.Domain.Common;

/// <summary>Every stored entity has an integer identity; the graph turns it into an opaque global id.</summary>
public interface IEntity
{
    int Id { get; }
}
