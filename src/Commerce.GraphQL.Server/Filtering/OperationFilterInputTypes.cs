using GraphQL.Types;

namespace Commerce.GraphQL.Server.Filtering;

/// <summary>The operators every value type has: <c>eq neq</c>, and <c>in nin</c> unless it is a boolean.</summary>
public abstract class OperationFilterInputType<TGraphType> : InputObjectGraphType
    where TGraphType : IGraphType
{
    protected OperationFilterInputType(string name, string description, bool membership = true)
    {
        Name = name;
        Description = description + " All given conditions must hold.";
        Field<TGraphType>(FilterOperators.Eq).Description("Equal to the value.");
        Field<TGraphType>(FilterOperators.Neq).Description("Not equal to the value.");
        if (membership)
        {
            Field<ListGraphType<NonNullGraphType<TGraphType>>>(FilterOperators.In).Description($"One of the values (at most {FilterOperators.MaxListSize}).");
            Field<ListGraphType<NonNullGraphType<TGraphType>>>(FilterOperators.Nin).Description($"None of the values (at most {FilterOperators.MaxListSize}).");
        }
    }
}

/// <summary>Operators for strings: <c>contains</c>/<c>startsWith</c> ignore case.</summary>
public sealed class StringOperationFilterInputType : OperationFilterInputType<StringGraphType>
{
    public StringOperationFilterInputType()
        : base("StringOperationFilterInput", "Conditions on a string.")
    {
        Field<StringGraphType>(FilterOperators.Contains).Description("Contains the value, ignoring case.");
        Field<StringGraphType>(FilterOperators.StartsWith).Description("Starts with the value, ignoring case.");
    }
}

/// <summary>Operators for ordered scalars (Int, Long, DateTime…).</summary>
public sealed class ComparableOperationFilterInputType<TScalar> : OperationFilterInputType<TScalar>
    where TScalar : ScalarGraphType
{
    public ComparableOperationFilterInputType()
        : base(Paging.GraphTypeNames.Of<TScalar>() + "OperationFilterInput", "Conditions on an ordered value.")
    {
        Field<TScalar>(FilterOperators.Gt).Description("Greater than the value.");
        Field<TScalar>(FilterOperators.Gte).Description("Greater than or equal to the value.");
        Field<TScalar>(FilterOperators.Lt).Description("Less than the value.");
        Field<TScalar>(FilterOperators.Lte).Description("Less than or equal to the value.");
    }
}

/// <summary>Operators for an enum graph type.</summary>
public sealed class EnumOperationFilterInputType<TEnumType>()
    : OperationFilterInputType<TEnumType>(Paging.GraphTypeNames.Of<TEnumType>() + "OperationFilterInput", "Conditions on an enum value.")
    where TEnumType : EnumerationGraphType;

public sealed class BooleanOperationFilterInputType()
    : OperationFilterInputType<BooleanGraphType>("BooleanOperationFilterInput", "Conditions on a boolean.", membership: false);

/// <summary>Operators for global ids of one node type (decoded and type-checked).</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on a global ID.";
        Field<IdGraphType>(FilterOperators.Eq).Description("Equal to the ID.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>(FilterOperators.In).Description($"One of the IDs (at most {FilterOperators.MaxListSize}).");
    }
}
