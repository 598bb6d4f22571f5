namespace Commerce.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, named in the webhook vocabulary ("order.created", "payment.refunded",
/// "stock.changed"). Infrastructure writes it to the outbox in the same transaction as the change, so a rolled-back
/// change emits nothing. <see cref="Data"/> is a JSON-serialisable snapshot taken when the event was raised.
/// </summary>
public sealed record DomainEvent(string Type, string AggregateType, object Data);
