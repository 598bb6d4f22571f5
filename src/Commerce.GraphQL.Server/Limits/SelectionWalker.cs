using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Commerce.GraphQL.Server.Limits;

/// <summary>
/// Walks the fields the executed operation selects, as the executor would: named and inline fragments expanded
/// under their type conditions, and (unless <see cref="HonourSkipAndInclude"/> is false) <c>@skip</c>/<c>@include</c>
/// applied with the request's variables. A hand-written walk: no visitor allocations, no LINQ, path kept as nodes
/// and turned into strings only when an error needs it.
/// </summary>
internal abstract class SelectionWalker(ValidationContext context)
{
    private readonly List<GraphQLField> _path = [];
    private List<GraphQLFragmentDefinition>? _activeFragments;

    protected ValidationContext Context { get; } = context;

    /// <summary>Field nesting of the field being entered (1 for a root field).</summary>
    protected int Depth => _path.Count;

    protected virtual bool HonourSkipAndInclude => true;

    /// <summary>Called for each selected schema field; return false to skip its selections.</summary>
    protected abstract bool EnterField(GraphQLField node, FieldType field, IGraphType parentType);

    /// <summary>Called after a field entered with true has been walked.</summary>
    protected virtual void LeaveField(GraphQLField node, FieldType field)
    {
    }

    /// <summary>Called for <c>__schema</c>, <c>__type</c> and <c>__typename</c>; their selections are never walked.</summary>
    protected virtual void MetaField(GraphQLField node)
    {
    }

    protected void WalkOperation()
    {
        var operation = Context.Operation;
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => Context.Schema.Mutation,
            OperationType.Subscription => Context.Schema.Subscription,
            _ => Context.Schema.Query,
        };
        if (root is not null)
        {
            Walk(operation.SelectionSet, root);
        }
    }

    /// <summary>The response path of the field being visited: aliases or names.</summary>
    protected object[] CurrentPath()
    {
        var path = new object[_path.Count];
        for (var i = 0; i < path.Length; i++)
        {
            path[i] = (_path[i].Alias?.Name ?? _path[i].Name).StringValue;
        }

        return path;
    }

    private void Walk(GraphQLSelectionSet selections, IGraphType parentType)
    {
        foreach (var selection in selections.Selections)
        {
            if (HonourSkipAndInclude && !Context.ShouldIncludeNode(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField node:
                    VisitField(node, parentType);
                    break;
                case GraphQLInlineFragment inline:
                    Walk(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType);
                    break;
                case GraphQLFragmentSpread spread:
                    VisitSpread(spread, parentType);
                    break;
            }
        }
    }

    private void VisitField(GraphQLField node, IGraphType parentType)
    {
        if (node.Name.Value.Length > 1 && node.Name.Value.Span[0] == '_' && node.Name.Value.Span[1] == '_')
        {
            _path.Add(node);
            MetaField(node);
            _path.RemoveAt(_path.Count - 1);
            return;
        }

        // Unknown fields are the standard rules' business; they fail validation anyway.
        if (parentType is not IComplexGraphType complex || complex.GetField(node.Name.Value) is not { } field)
        {
            return;
        }

        _path.Add(node);
        if (EnterField(node, field, parentType))
        {
            if (node.SelectionSet is not null && field.ResolvedType?.GetNamedType() is { } named)
            {
                Walk(node.SelectionSet, named);
            }

            LeaveField(node, field);
        }

        _path.RemoveAt(_path.Count - 1);
    }

    private void VisitSpread(GraphQLFragmentSpread spread, IGraphType parentType)
    {
        var fragment = Context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value);
        _activeFragments ??= [];
        // A cycle is reported by the standard rules; here it must only not loop forever.
        if (fragment is null || _activeFragments.Contains(fragment))
        {
            return;
        }

        _activeFragments.Add(fragment);
        Walk(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parentType);
        _activeFragments.RemoveAt(_activeFragments.Count - 1);
    }

    private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : Context.Schema.AllTypes[condition.Type.Name.Value];
}
