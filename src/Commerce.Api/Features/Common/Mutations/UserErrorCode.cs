using System.ComponentModel;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>
/// Every code a mutation's <c>userErrors</c> may carry. One enum for the whole graph so clients can switch on it;
/// features add their values here, grouped, each with a description the IDE shows.
/// </summary>
public enum UserErrorCode
{
    [Description("An input value is missing, malformed or out of range.")]
    InvalidValue,

    [Description("The referenced object does not exist, or the caller may not see it.")]
    NotFound,

    [Description("The object already exists (a unique value such as an email, SKU or slug is taken).")]
    AlreadyExists,

    [Description("The email or password is wrong (deliberately not saying which).")]
    InvalidCredentials,

    [Description("The refresh token is unknown, expired or revoked, or was already used.")]
    InvalidToken,

    // Orders and payments
    [Description("The order has no lines.")]
    EmptyLines,

    [Description("A line's quantity is zero, negative or above the per-line maximum.")]
    QuantityOutOfRange,

    [Description("The variant does not exist or its product is not for sale (draft or archived).")]
    VariantUnavailable,

    [Description("Not enough stock to reserve the line; the message names the SKU and what is available.")]
    OutOfStock,

    [Description("An address is incomplete or malformed.")]
    InvalidAddress,

    [Description("No discount code with that name exists.")]
    UnknownDiscountCode,

    [Description("The discount code exists but does not apply (inactive, used up, below its minimum subtotal).")]
    DiscountNotApplicable,

    [Description("The idempotency key was already used with a different input.")]
    IdempotencyKeyReused,

    [Description("The object's state does not allow this action now, e.g. approving a rejected vendor; for orders, `order.availableTransitions` says why.")]
    IllegalTransition,

    [Description("The order changed since the version the client sent (`expectedVersion`); reload it and retry.")]
    VersionConflict,

    [Description("The card was declined by the payment gateway.")]
    PaymentDeclined,

    [Description("The card has insufficient funds.")]
    InsufficientFunds,

    [Description("The amount is more than the open authorization still allows to capture.")]
    AmountExceedsCapturable,

    [Description("The amount is more than was captured and not yet refunded.")]
    AmountExceedsRefundable,

    // Catalogue and people management
    [Description("An id in the input is malformed or names another type of object (a Vendor id where a Category id is expected).")]
    InvalidId,

    [Description("The object is still referenced (by products, subcategories, order or quote lines) and cannot be removed.")]
    InUse,

    // Vendor economics
    [Description("There is nothing to settle: the vendor has no unpaid earnings in the period and currency.")]
    NothingToPay,
}
