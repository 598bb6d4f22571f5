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

    [Description("An id in the input is malformed or names another type of object (a Vendor id where a Category id is expected).")]
    InvalidId,

    [Description("The object's current state does not allow the change, e.g. approving a vendor that was rejected.")]
    IllegalTransition,

    [Description("The object is still referenced (by products, subcategories, order or quote lines) and cannot be removed.")]
    InUse,
}
