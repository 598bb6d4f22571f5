namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// A payment provider's event: <c>{ id, type, createdAt, data: { orderId | orderNumber, amount: { amount, currencyCode },
/// providerReference, reason } }</c>. <c>orderId</c> is the order's global id; <c>amount.amount</c> is a decimal in major
/// units (string or number).
/// </summary>
public sealed record PaymentWebhookEvent(string? Id, string? Type, DateTimeOffset? CreatedAt, PaymentWebhookData? Data)
{
    public const string Succeeded = "payment.succeeded";
    public const string Failed = "payment.failed";
    public const string Refunded = "payment.refunded";
    public const string DisputeOpened = "payment.dispute_opened";

    /// <summary>The event types this shop applies; others are recorded and ignored.</summary>
    public static readonly IReadOnlySet<string> Handled = new HashSet<string>(StringComparer.Ordinal) { Succeeded, Failed, Refunded, DisputeOpened };

    /// <summary>The event, or why the body is malformed (a 400: nothing is recorded).</summary>
    public static (PaymentWebhookEvent? Event, string? Problem) Parse(string body)
    {
        var (parsed, problem) = InboundJson.Read<PaymentWebhookEvent>(body, "a payment event");
        if (parsed is null)
        {
            return (null, problem);
        }

        return parsed switch
        {
            { Id: not { Length: > 0 and <= 200 } } => (null, "The event needs an id of at most 200 characters."),
            { Type: not { Length: > 0 and <= 100 } } => (null, "The event needs a type."),
            _ when !Handled.Contains(parsed.Type) => (parsed, null),
            { Data: null } => (null, "The event needs data."),
            { Data.OrderId: null, Data.OrderNumber: null } => (null, "data needs an orderId or an orderNumber."),
            { Data.Amount: not { Amount: not null, CurrencyCode.Length: 3 } } => (null, "data.amount needs an amount and a three-letter currencyCode."),
            { Data.ProviderReference: not { Length: > 0 and <= 200 } } => (null, "data needs a providerReference of at most 200 characters."),
            _ => (parsed, null),
        };
    }
}

/// <summary>What a payment event is about.</summary>
public sealed record PaymentWebhookData(string? OrderId, string? OrderNumber, WebhookMoney? Amount, string? ProviderReference, string? Reason);

/// <summary>An amount as the graph's Money shows it: a decimal in major units and an ISO 4217 code.</summary>
public sealed record WebhookMoney(decimal? Amount, string? CurrencyCode);
