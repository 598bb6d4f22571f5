using Commerce.Domain.Customers;
using Commerce.Domain.Quotes;

namespace Commerce.Infrastructure.Seeding;

/// <summary>An accepted quote waiting to become an order at <see cref="AcceptedAt"/>, at the final revision's prices.</summary>
internal sealed record AcceptedQuote(Quote Quote, Customer Customer, QuoteRevision Final, DateTime AcceptedAt, int LeadTimeDays);
