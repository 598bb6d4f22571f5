namespace Commerce.Domain.Orders;

/// <summary>Where an order came from. Marketplace orders also carry the marketplace's own order id.</summary>
public enum SalesChannel
{
    Web = 0,
    Mobile = 1,
    Pos = 2,
    Marketplace = 3,
    Quote = 4,
    Api = 5,
}
