using Commerce.Domain.Customers;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Registered buyers in sign-up order (ids ascend with <see cref="Customer.CreatedAt"/>): unique e-mails, a few
/// tags, one or two addresses. About 40% signed up before the year of orders, the rest during it.
/// </summary>
internal static class CustomerGenerator
{
    public const int SignUpDays = 600;

    public static List<Customer> Create(Random random, int count, DateTime anchor)
    {
        var emails = new HashSet<string>(StringComparer.Ordinal);
        var customers = new List<Customer>(count);
        var nextAddressId = 1;
        for (var i = 0; i < count; i++)
        {
            var first = random.Pick(PeopleNames.First);
            var last = random.Pick(PeopleNames.Last);
            var wholesale = random.Chance(0.08);
            var company = wholesale ? $"{last} {random.Pick(PeopleNames.CompanySuffixes)}" : null;
            var acceptsMarketing = random.Chance(0.45);
            var createdAt = anchor.AddDays(-SignUpDays + ((i + random.NextDouble()) / count * (SignUpDays - 1)));
            var customer = new Customer
            {
                Id = i + 1,
                Email = UniqueEmail(emails, PeopleNames.EmailLocalPart(first, last), random),
                FirstName = first,
                LastName = last,
                Company = company,
                AcceptsMarketing = acceptsMarketing,
                Tags = Tags(random, wholesale, acceptsMarketing),
                CreatedAt = createdAt,
                UpdatedAt = createdAt.AddDays(random.NextDouble() * Math.Min(30, (anchor - createdAt).TotalDays)),
            };
            var addressCount = random.Chance(0.3) ? 2 : 1;
            for (var a = 0; a < addressCount; a++)
            {
                customer.Addresses.Add(new CustomerAddress
                {
                    Id = nextAddressId++,
                    CustomerId = customer.Id,
                    Address = AddressGenerator.Create(random, first, last, company),
                    IsDefaultShipping = a == 0,
                    IsDefaultBilling = a == 0,
                });
            }

            customer.Phone = customer.Addresses[0].Address.Phone;
            customers.Add(customer);
        }

        return customers;
    }

    private static List<string> Tags(Random random, bool wholesale, bool acceptsMarketing)
    {
        var tags = new List<string>(3);
        if (random.Chance(0.06))
        {
            tags.Add("vip");
        }

        if (wholesale)
        {
            tags.Add("wholesale");
        }

        if (acceptsMarketing)
        {
            tags.Add("newsletter");
        }

        return tags;
    }

    private static string UniqueEmail(HashSet<string> emails, string localPart, Random random)
    {
        var domain = random.Pick(Domains);
        var email = $"{localPart}@{domain}";
        for (var n = 2; !emails.Add(email); n++)
        {
            email = $"{localPart}{n}@{domain}";
        }

        return email;
    }

    private static readonly IReadOnlyList<string> Domains = ["example.com", "example.net", "example.org", "mail.example.co.za"];
}
