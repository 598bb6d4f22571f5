using GraphQL.Types;

namespace Commerce.GraphQL.Server.Filtering;

/// <summary>Operators for strings: <c>contains</c>/<c>startsWith</c> ignore case.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a string; all given conditions must hold.";
        FilterOperators.AddEquality<StringGraphType>(this);
        FilterOperators.AddMembership<StringGraphType>(this);
        Field<StringGraphType>(FilterOperators.Contains).Description("Contains the value, ignoring case.");
        Field<StringGraphType>(FilterOperators.StartsWith).Description("Starts with the value, ignoring case.");
    }
}

/// <summary>Operators for ordered scalars (Int, Long, Decimal, DateTime…).</summary>
public sealed class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    public ComparableOperationFilterInputType()
    {
        Name = Paging.ConnectionNames.Of<TScalar>() + "OperationFilterInput";
        Description = "Conditions on an ordered value; all given conditions must hold.";
        FilterOperators.AddEquality<TScalar>(this);
        FilterOperators.AddMembership<TScalar>(this);
        Field<TScalar>(FilterOperators.Gt).Description("Greater than the value.");
        Field<TScalar>(FilterOperators.Gte).Description("Greater than or equal to the value.");
        Field<TScalar>(FilterOperators.Lt).Description("Less than the value.");
        Field<TScalar>(FilterOperators.Lte).Description("Less than or equal to the value.");
    }
}

/// <summary>Operators for an enum graph type.</summary>
public sealed class EnumOperationFilterInputType<TEnumType> : InputObjectGraphType
    where TEnumType : EnumerationGraphType
{
    public EnumOperationFilterInputType()
    {
        Name = Paging.ConnectionNames.Of<TEnumType>() + "OperationFilterInput";
        Description = "Conditions on an enum value; all given conditions must hold.";
        FilterOperators.AddEquality<TEnumType>(this);
        FilterOperators.AddMembership<TEnumType>(this);
    }
}

public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a boolean.";
        FilterOperators.AddEquality<BooleanGraphType>(this);
    }
}

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
