using Commerce.Api.Features.Common;
using Commerce.Api.Features.Orders;
using GraphQL.Types;

namespace Commerce.Api.Features.Payments;

/// <summary>Input of the payment mutations; each mutation's input type exposes the fields it uses.</summary>
public sealed record PaymentInput : OrderChangeInput
{
    /// <summary>authorizePayment: a card token or test card number, passed to the gateway and never stored.</summary>
    public string? Card { get; init; }

    /// <summary>Major units of the order's currency; null means "all that applies".</summary>
    public decimal? Amount { get; init; }

    /// <summary>recordManualPayment: e.g. a bank transfer reference.</summary>
    public string? Reference { get; init; }

    public string? IdempotencyKey { get; init; }
}

/// <summary>GraphQL shape of <see cref="PaymentInput"/> for one mutation.</summary>
public abstract class PaymentInputType : InputObjectGraphType<PaymentInput>
{
    protected PaymentInputType(string name, string description, string? amount, bool card = false, bool reference = false)
    {
        Name = name;
        Description = description;
        OrderChangeInputType.AddOrderFields(this);
        if (card)
        {
            Field<NonNullGraphType<StringGraphType>>("card").Description("A card token or, with the test gateway, a test card number (4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds). Never stored or logged.");
        }

        if (amount is not null)
        {
            Field<DecimalStringGraphType>("amount").Description(amount);
        }

        if (reference)
        {
            Field<StringGraphType>("reference").Description("Your reference for the payment, e.g. a bank transfer id.");
        }

        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry with the same key and input returns the first result and moves no money twice.");
    }
}

/// <summary>authorizePayment's input.</summary>
public sealed class AuthorizePaymentInputType() : PaymentInputType("AuthorizePaymentInput", "A card authorization for what is still owed on an order.", null, card: true);

/// <summary>capturePayment's input.</summary>
public sealed class CapturePaymentInputType() : PaymentInputType("CapturePaymentInput", "A capture on the order's open authorization.", "Amount to capture in the order's currency; omit to capture all that is left of the authorization.");

/// <summary>voidPayment's input.</summary>
public sealed class VoidPaymentInputType() : PaymentInputType("VoidPaymentInput", "Voids the order's open authorization (nothing of it captured yet).", null);

/// <summary>refundPayment's input.</summary>
public sealed class RefundPaymentInputType() : PaymentInputType("RefundPaymentInput", "A refund of captured money, partial or full.", "Amount to refund in the order's currency; omit to refund all that was captured and not yet refunded.");

/// <summary>recordManualPayment's input.</summary>
public sealed class RecordManualPaymentInputType() : PaymentInputType("RecordManualPaymentInput", "Marks money received outside the gateway (cash, bank transfer): FluentCart's mark-as-paid.", "Amount received in the order's currency; omit to mark the whole outstanding balance paid.", reference: true);
