using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// The columns of one entity type's table as the EF model maps them, each with a function reading the provider
/// value from an entity: scalar properties through their value converters (enum names, JSON primitive
/// collections), flattened complex properties (Address_City), and JSON complex collections.
/// </summary>
internal static class ModelColumns
{
    public static List<(string Column, Func<object, object?> Read)> For(IEntityType entityType)
    {
        var columns = new List<(string, Func<object, object?>)>();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        foreach (var property in entityType.GetProperties())
        {
            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            columns.Add((property.GetColumnName(table)!, entity => Convert(getter.GetClrValue(entity), converter)));
        }

        foreach (var complex in entityType.GetComplexProperties())
        {
            var complexGetter = complex.GetGetter();
            if (complex.ComplexType.IsMappedToJson())
            {
                var properties = complex.ComplexType.GetProperties().ToList();
                columns.Add((complex.ComplexType.GetContainerColumnName()!, entity => ToJson(complexGetter.GetClrValue(entity), properties)));
                continue;
            }

            foreach (var property in complex.ComplexType.GetProperties())
            {
                var info = property.PropertyInfo!;
                var converter = property.GetTypeMapping().Converter;
                columns.Add((property.GetColumnName(table)!, entity => complexGetter.GetClrValue(entity) is { } value ? Convert(info.GetValue(value), converter) : null));
            }
        }

        return columns;
    }

    private static object? Convert(object? value, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter) =>
        value is null ? null : converter is null ? value : converter.ConvertToProvider(value);

    /// <summary>EF's JSON shape for a complex collection: an array of objects keyed by JSON property name.</summary>
    private static string? ToJson(object? collection, List<IProperty> properties)
    {
        if (collection is not System.Collections.IEnumerable items)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStartObject();
                foreach (var property in properties)
                {
                    writer.WritePropertyName(property.GetJsonPropertyName() ?? property.Name);
                    JsonSerializer.Serialize(writer, property.PropertyInfo!.GetValue(item), property.ClrType);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
