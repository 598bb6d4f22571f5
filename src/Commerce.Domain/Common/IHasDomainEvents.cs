namespace Commerce.Domain.Common;

/// <summary>
/// An aggregate that raises <see cref="DomainEvent"/>s. The events wait here until the unit of work saves the
/// aggregate (its id is known by then) and moves them to the outbox.
/// </summary>
public interface IHasDomainEvents : IEntity
{
    IReadOnlyList<DomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
