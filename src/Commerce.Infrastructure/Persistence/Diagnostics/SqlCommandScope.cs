namespace Commerce.Infrastructure.Persistence.Diagnostics;

/// <summary>
/// Counts the SQL commands issued while it is the ambient scope. It is one shared object: tasks started inside
/// the scope see the same instance and add to the same count. Disposing it restores the enclosing scope, which
/// also receives every count made here.
/// </summary>
public sealed class SqlCommandScope : IDisposable
{
    private readonly SqlCommandScope? parent;
    private int count;

    internal SqlCommandScope(SqlCommandScope? parent) => this.parent = parent;

    /// <summary>Commands issued so far inside this scope (and scopes nested in it).</summary>
    public int Count => Volatile.Read(ref count);

    internal void Increment()
    {
        for (var scope = this; scope is not null; scope = scope.parent)
        {
            Interlocked.Increment(ref scope.count);
        }
    }

    public void Dispose()
    {
        if (SqlCommandCounter.CurrentScope == this)
        {
            SqlCommandCounter.CurrentScope = parent;
        }
    }
}
