using System.Linq.Expressions;

namespace Commerce.GraphQL.Server.Paging;

/// <summary>One key of an <see cref="Ordering{T}"/>: a named member selector and a direction.</summary>
public sealed class SortKey<T>
{
    private readonly Lazy<Delegate> _compiled;

    public SortKey(string name, LambdaExpression selector, bool descending)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (selector.Parameters.Count != 1 || selector.Parameters[0].Type != typeof(T))
        {
            throw new ArgumentException($"The selector must take one {typeof(T).Name}.", nameof(selector));
        }

        (Name, Selector, Descending) = (name, selector, descending);
        _compiled = new Lazy<Delegate>(selector.Compile);
    }

    public string Name { get; }

    public LambdaExpression Selector { get; }

    public bool Descending { get; }

    public Type KeyType => Selector.ReturnType;

    /// <summary>The key's value in a materialised row (for the row's cursor).</summary>
    public object? ValueOf(T row) => _compiled.Value.DynamicInvoke(row);

    public override string ToString() => Name + (Descending ? ":DESC" : ":ASC");
}
