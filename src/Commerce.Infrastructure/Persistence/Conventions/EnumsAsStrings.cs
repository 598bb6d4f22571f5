using Commerce.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Conventions;

/// <summary>
/// Stores every domain enum by member name (see docs/decisions/0004-persistence-column-conventions.md): readable in both
/// databases and in the REST/webhook payloads that echo them, and safe against members being reordered.
/// </summary>
public static class EnumsAsStrings
{
    public const int MaxLength = 32;

    public static void Apply(ModelConfigurationBuilder configurationBuilder)
    {
        var enumTypes = typeof(IEntity).Assembly.GetExportedTypes().Where(type => type.IsEnum);
        foreach (var enumType in enumTypes)
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(MaxLength);
        }
    }
}
