using System.Globalization;
using System.Security.Claims;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Errors;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Commerce.GraphQL.Server.Limits;

/// <summary>
/// One walk per request over the executed operation: scope requirements and introspection (every refusal is
/// reported), and the requested cost. Cost is additive: each field adds its own cost times the product of the
/// list sizes above it, so one stack of multipliers replaces a recursive sum.
/// </summary>
internal sealed class RequestWalker(ValidationContext context, CallerScopes caller, GraphQLLimitsOptions options, CostModel model)
    : SelectionWalker(context)
{
    private static readonly ClaimsPrincipal Anonymous = new();

    private readonly List<(double Multiplier, int? PageSize)> _frames = [(1, null)];
    private double _cost;
    private bool? _introspectionAllowed;

    public bool Refused { get; private set; }

    public int RequestedCost => (int)Math.Min(_cost, int.MaxValue);

    public void Run() => WalkOperation();

    protected override void MetaField(GraphQLField node)
    {
        if (node.Name.Value == "__typename" || (_introspectionAllowed ??= options.AllowIntrospection(Context.User ?? Anonymous)))
        {
            return;
        }

        Report(node, "Introspection is not allowed for this caller.", ErrorCodes.IntrospectionDisabled);
    }

    protected override bool EnterField(GraphQLField node, FieldType field, IGraphType parentType)
    {
        var named = field.ResolvedType?.GetNamedType();
        var unmet = Unmet(field) ?? (field.IsPublic() ? null : Unmet(parentType)) ?? (named is null ? null : Unmet(named));
        if (unmet is not null)
        {
            Report(node, ScopeRefusal.Message(caller, parentType.Name + "." + field.Name, unmet), ScopeRefusal.Code(caller));
        }

        var frame = _frames[^1];
        var listSize = CostModel.IsList(field.ResolvedType) ? model.ListSize(field, frame.PageSize) : 1;
        var rootMutation = Depth == 1 && Context.Operation.Operation == OperationType.Mutation;
        _cost += model.OwnCost(field, named, rootMutation) * frame.Multiplier * listSize;
        _frames.Add((frame.Multiplier * listSize, CostModel.IsPaged(field) ? PageSize(node) : null));
        return true;
    }

    protected override void LeaveField(GraphQLField node, FieldType field) => _frames.RemoveAt(_frames.Count - 1);

    private IReadOnlyList<string>? Unmet(IMetadataReader target) =>
        target.GetRequiredScopes() is { } anyOf && !caller.Satisfies(anyOf) ? anyOf : null;

    private void Report(GraphQLField node, string message, string code)
    {
        Refused = true;
        Context.ReportError(new ValidationError(Context.Document.Source, null, message, node) { Code = code, Path = CurrentPath() });
    }

    private int PageSize(GraphQLField node)
    {
        int? first = null, last = null;
        foreach (var argument in node.Arguments?.Items ?? [])
        {
            if (argument.Name.Value == "first")
            {
                first = IntValue(argument.Value);
            }
            else if (argument.Name.Value == "last")
            {
                last = IntValue(argument.Value);
            }
        }

        return model.PageSize(first, last);
    }

    // Variables are read as sent (validation runs before they are coerced); a variable left out takes its default.
    private int? IntValue(GraphQLValue value) => value switch
    {
        GraphQLIntValue literal => int.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : model.MaxPageSize,
        GraphQLVariable variable => VariableValue(variable),
        _ => null,
    };

    private int? VariableValue(GraphQLVariable variable)
    {
        if (Context.Variables is { } sent && sent.TryGetValue(variable.Name.StringValue, out var value))
        {
            return value switch
            {
                int n => n,
                long n => (int)Math.Clamp(n, int.MinValue, int.MaxValue),
                _ => null,
            };
        }

        return DefaultOf(variable);
    }

    private int? DefaultOf(GraphQLVariable variable)
    {
        foreach (var definition in Context.Operation.Variables?.Items ?? [])
        {
            if (definition.Variable.Name.Value == variable.Name.Value)
            {
                return definition.DefaultValue is GraphQLIntValue literal ? IntValue(literal) : null;
            }
        }

        return null;
    }
}
