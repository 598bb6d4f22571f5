using GraphQL.Types;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>
/// The input of a partial update: fields left out stay as they are, while a nullable field given as
/// <c>null</c> is cleared. <see cref="Has"/> tells the two apart.
/// </summary>
public abstract class PatchInput
{
    [System.Text.Json.Serialization.JsonIgnore]   // set from the request's field names, never read from a body
    public IReadOnlySet<string> Provided { get; set; } = new HashSet<string>();

    /// <summary>True when the request named the GraphQL input field <paramref name="field"/> (even as null).</summary>
    public bool Has(string field) => Provided.Contains(field);
}

/// <summary>An input type for a <see cref="PatchInput"/>: records which fields the request named.</summary>
public abstract class PatchInputGraphType<TInput> : InputObjectGraphType<TInput>
    where TInput : PatchInput
{
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var input = (TInput)base.ParseDictionary(value);
        input.Provided = value.Keys.ToHashSet(StringComparer.Ordinal);
        return input;
    }
}
