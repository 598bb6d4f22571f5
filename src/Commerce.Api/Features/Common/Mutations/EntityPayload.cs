namespace Commerce.Api.Features.Common.Mutations;

/// <summary>The payload of a mutation that changes one object: the object afterwards, or why nothing changed.</summary>
public sealed class EntityPayload<TEntity> : MutationPayload
    where TEntity : class
{
    /// <summary>The created or changed object; null when the mutation was refused or removed it.</summary>
    public TEntity? Entity { get; init; }
}

/// <summary>Short ways for handlers to answer.</summary>
public static class EntityPayload
{
    public static EntityPayload<TEntity> Of<TEntity>(TEntity entity)
        where TEntity : class => new() { Entity = entity };

    public static EntityPayload<TEntity> Refused<TEntity>(InputErrors errors)
        where TEntity : class => new() { UserErrors = errors.ToList() };

    public static EntityPayload<TEntity> Refused<TEntity>(UserError error)
        where TEntity : class => new() { UserErrors = [error] };
}
