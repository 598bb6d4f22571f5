using System.Collections;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Commerce.GraphQL.Server.Execution;

/// <summary>
/// What an event's result depends on besides the event: the document, the operation, the variables and the caller
/// (every claim of every identity). Two subscriptions with equal keys given the same event produce the same result.
/// Built once per subscription; the hash is kept so looking a key up per event does not rehash the document.
/// </summary>
internal sealed class SubscriptionShareKey : IEquatable<SubscriptionShareKey>
{
    private readonly string _text;
    private readonly int _hash;

    private SubscriptionShareKey(string text)
    {
        _text = text;
        _hash = string.GetHashCode(text, StringComparison.Ordinal);
    }

    /// <summary>The key of a subscription, or null when a variable holds a value it cannot write canonically (not shared then).</summary>
    public static SubscriptionShareKey? Of(ExecutionContext context)
    {
        var text = new StringBuilder();
        text.Append(context.Document.Source.Span).Append('\u001e').Append(context.Operation.Name?.StringValue).Append('\u001e');
        foreach (var variable in context.Variables.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            text.Append(variable.Name).Append('=');
            if (!TryAppend(text, variable.Value))
            {
                return null;
            }

            text.Append('\u001f');
        }

        text.Append('\u001e');
        AppendCaller(text, context.User);
        return new SubscriptionShareKey(text.ToString());
    }

    public bool Equals(SubscriptionShareKey? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && string.Equals(_text, other._text, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as SubscriptionShareKey);

    public override int GetHashCode() => _hash;

    private static void AppendCaller(StringBuilder text, ClaimsPrincipal? user)
    {
        if (user is null)
        {
            return;
        }

        foreach (var identity in user.Identities)
        {
            text.Append(identity.AuthenticationType).Append(':');
            foreach (var claim in identity.Claims.Select(c => c.Type + "\u001d" + c.Value).Order(StringComparer.Ordinal))
            {
                text.Append(claim).Append('\u001f');
            }

            text.Append('\u001e');
        }
    }

    // Coerced variable values: scalars, enums, lists and input objects (dictionaries). Strings are quoted so that
    // "1" and 1 differ; anything else makes the subscription unshared rather than risk two values writing alike.
    private static bool TryAppend(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return true;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return true;
            case bool b:
                text.Append(b ? "true" : "false");
                return true;
            case Enum e:
                text.Append(e.GetType().FullName).Append('.').Append(e.ToString());
                return true;
            case IDictionary<string, object?> fields:
                text.Append('{');
                foreach (var (name, field) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    text.Append(name).Append(':');
                    if (!TryAppend(text, field))
                    {
                        return false;
                    }

                    text.Append(',');
                }

                text.Append('}');
                return true;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    if (!TryAppend(text, item))
                    {
                        return false;
                    }

                    text.Append(',');
                }

                text.Append(']');
                return true;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal or DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Guid or System.Numerics.BigInteger:
                text.Append(value.GetType().Name).Append(':').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return true;
            default:
                return false;
        }
    }
}
