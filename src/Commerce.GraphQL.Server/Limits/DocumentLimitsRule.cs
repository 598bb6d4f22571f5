using Commerce.GraphQL.Server.Errors;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Commerce.GraphQL.Server.Limits;

/// <summary>
/// Caps on operations per document, field depth and aliases. They depend on the text alone, so the rule runs
/// when a document is first validated and not again for cached documents. Depth and aliases are counted over
/// the executed operation with fragments expanded and regardless of <c>@skip</c>/<c>@include</c> (the cached
/// document serves any variables); introspection fields are not counted, so the IDE's introspection query passes.
/// </summary>
internal sealed class DocumentLimitsRule(GraphQLLimitsOptions options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operations = context.Document.OperationsCount();
        if (operations > options.MaxOperations)
        {
            context.ReportError(new ValidationError($"The document defines {operations} operations; at most {options.MaxOperations} are allowed.")
            {
                Code = ErrorCodes.MaxOperationsExceeded,
            });
        }

        if (context.Operation is not null)
        {
            new Walker(context, options).Run();
        }

        return default;
    }

    private sealed class Walker(ValidationContext context, GraphQLLimitsOptions options) : SelectionWalker(context)
    {
        private int _aliases;
        private bool _depthReported;

        protected override bool HonourSkipAndInclude => false;

        public void Run()
        {
            WalkOperation();
            if (_aliases > options.MaxAliases)
            {
                Context.ReportError(new ValidationError($"The operation selects {_aliases} aliased fields; at most {options.MaxAliases} are allowed.")
                {
                    Code = ErrorCodes.MaxAliasesExceeded,
                });
            }
        }

        protected override bool EnterField(GraphQLField node, FieldType field, IGraphType parentType)
        {
            if (node.Alias is not null)
            {
                _aliases++;
            }

            if (Depth <= options.MaxDepth)
            {
                return true;
            }

            if (!_depthReported)
            {
                _depthReported = true;
                Context.ReportError(new ValidationError(Context.Document.Source, null,
                    $"The operation nests fields {Depth} deep; at most {options.MaxDepth} levels are allowed.", node)
                {
                    Code = ErrorCodes.MaxDepthExceeded,
                });
            }

            return false;
        }
    }
}
