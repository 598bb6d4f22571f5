using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace Commerce.GraphQL.Server.Cost;

/// <summary>
/// The cost of what a request returned, with the requested cost's rules applied to the executed tree: list fields
/// count the items present instead of their assumed size, and null objects cost nothing. So for queries the
/// actual cost never exceeds the requested one unless a list returns more items than it was assumed to hold.
/// </summary>
internal static class ActualCost
{
    /// <summary>Null when the result holds no executed tree (nothing ran, or a subscription's streams).</summary>
    public static int? Of(ExecutionResult result, CostModel model)
    {
        if (!result.Executed || result.Data is not ObjectExecutionNode root)
        {
            return null;
        }

        var mutation = result.Operation?.Operation == OperationType.Mutation;
        double total = 0;
        foreach (var field in root.SubFields ?? [])
        {
            total += Field(field, model, mutation);
        }

        return (int)Math.Min(total, int.MaxValue);
    }

    private static double Field(ExecutionNode node, CostModel model, bool rootMutation)
    {
        if (node.FieldDefinition is not { } field || CostModel.IsIntrospection(field.Name))
        {
            return 0;
        }

        var own = model.OwnCost(field, field.ResolvedType?.GetNamedType(), rootMutation);
        return node switch
        {
            ArrayExecutionNode list => Items(list, own, model),
            _ when rootMutation => own + Children(node, model),
            _ when node.Result is null => 0,
            _ => own + Children(node, model),
        };
    }

    private static double Items(ArrayExecutionNode list, int own, CostModel model)
    {
        double total = 0;
        foreach (var item in list.Items ?? [])
        {
            total += item switch
            {
                ArrayExecutionNode nested => Items(nested, own, model),
                _ when item.Result is null => 0,
                _ => own + Children(item, model),
            };
        }

        return total;
    }

    private static double Children(ExecutionNode node, CostModel model)
    {
        double total = 0;
        if (node is ObjectExecutionNode { SubFields: { } fields })
        {
            foreach (var field in fields)
            {
                total += Field(field, model, rootMutation: false);
            }
        }

        return total;
    }
}
