namespace Commerce.Api.Auth;

/// <summary>The claims every authenticated caller carries, whatever proved who they are (API key or JWT).</summary>
public static class CommerceClaims
{
    /// <summary>One claim per granted scope (see <see cref="Scopes"/>).</summary>
    public const string Scope = "scope";

    /// <summary>The caller's stable id for logs and throttling: "ApiKey:12", "Customer:5", "VendorUser:3", "GuestOrder:7".</summary>
    public const string Subject = "sub";

    /// <summary>"api_key", "customer", "vendor_user" or "guest_order" (<see cref="CallerKinds"/>).</summary>
    public const string CallerKind = "caller_kind";

    /// <summary>Database id of the signed-in customer.</summary>
    public const string CustomerId = "customer_id";

    /// <summary>Database id of the vendor a vendor user acts for.</summary>
    public const string VendorId = "vendor_id";

    /// <summary>Database id of the API key used.</summary>
    public const string ApiKeyId = "api_key_id";

    /// <summary>Database id of the one order a guest's order access token opens.</summary>
    public const string OrderId = "order_id";
}

/// <summary>Values of <see cref="CommerceClaims.CallerKind"/>.</summary>
public static class CallerKinds
{
    public const string ApiKey = "api_key";
    public const string Customer = "customer";
    public const string VendorUser = "vendor_user";
    public const string GuestOrder = "guest_order";
}
