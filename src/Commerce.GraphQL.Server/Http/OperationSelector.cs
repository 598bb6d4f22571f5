using GraphQLParser.AST;

namespace Commerce.GraphQL.Server.Http;

/// <summary>Finds the operation a request selects, the way the executor will (null when ambiguous or absent).</summary>
internal static class OperationSelector
{
    public static GraphQLOperationDefinition? Find(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (string.IsNullOrEmpty(operationName))
        {
            return operations.Count == 1 ? operations[0] : null;
        }

        return operations.FirstOrDefault(op => op.Name is not null && op.Name.Value == operationName);
    }
}
