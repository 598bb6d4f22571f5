namespace Commerce.GraphQL.Server.Execution;

/// <summary>
/// Marks a subscription event's source object as one instance per event, handed to every subscriber it reaches. The
/// <see cref="EventScopedSubscriptionStrategy"/> then executes each distinct subscription (document, variables, caller)
/// once per event and lets the others share the result and its serialized form, instead of executing and serializing
/// the same selection for each of thousands of subscribers.
/// </summary>
/// <remarks>
/// Implement it only when the instance stands for one event: a source object reused for several events (a "something
/// changed, read it again" tick) would have later events share the first one's result.
/// </remarks>
public interface ISharedSubscriptionEvent;
