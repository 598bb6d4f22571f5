namespace Commerce.Infrastructure.Seeding;

/// <summary>How an order gets paid, which decides the shape of its payment ledger.</summary>
internal enum PaymentMethod
{
    /// <summary>Authorized at checkout through the test gateway, captured at once or when the first parcel ships.</summary>
    Card,

    /// <summary>Paid by EFT/wire a few days after placing; the order waits unconfirmed until then.</summary>
    BankTransfer,

    /// <summary>Paid and handed over at the till.</summary>
    InStore,

    /// <summary>A quote order: 30% deposit on acceptance, the balance when it ships.</summary>
    QuoteDeposit,
}
