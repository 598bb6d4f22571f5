using Commerce.Domain.Common;

namespace Commerce.Infrastructure.Seeding;

/// <summary>First and last names drawn from the regions the shop sells to.</summary>
internal static class PeopleNames
{
    public static readonly IReadOnlyList<string> First =
    [
        "Thandi", "Sipho", "Lerato", "Pieter", "Anika", "Johan", "Naledi", "Kagiso", "Emma", "Liam", "Olivia",
        "Noah", "Sophie", "Daan", "Femke", "Lars", "Mia", "Lukas", "Hannah", "Jonas", "Amelia", "Oliver", "Chloé",
        "Louis", "Wei Ling", "Arjun", "Siti", "Ahmad", "Maria", "José", "Grace", "Wanjiru", "Kofi", "Aisha",
        "Ethan", "Ava", "Mateo", "Isla", "Ravi", "Priya", "Jack", "Charlotte", "Mthunzi", "Zanele", "Ruben",
    ];

    public static readonly IReadOnlyList<string> Last =
    [
        "Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Naidoo", "de Vries", "Jansen", "Bakker",
        "Visser", "Müller", "Schmidt", "Fischer", "Smith", "Johnson", "Williams", "Brown", "Garcia", "Martinez",
        "Dubois", "Lefèvre", "Tan", "Lim", "Wong", "Santos", "Reyes", "Otieno", "Kamau", "Mensah", "Patel",
        "Singh", "Taylor", "Wilson", "Nguyen", "O'Brien", "Kowalski", "Jacobs", "Pillay", "Khumalo", "Hughes",
    ];

    public static readonly IReadOnlyList<string> CompanySuffixes =
        ["Trading", "Holdings", "Supplies", "& Co.", "Retail", "Hospitality", "Group", "Interiors"];

    /// <summary>An e-mail local part: lower-case ASCII letters, dots for spaces and apostrophes dropped.</summary>
    public static string EmailLocalPart(string first, string last)
    {
        var raw = $"{first}.{last}".ToLowerInvariant().Replace(' ', '.').Replace("'", string.Empty, StringComparison.Ordinal);
        return Slugs.ToAscii(raw);
    }
}
