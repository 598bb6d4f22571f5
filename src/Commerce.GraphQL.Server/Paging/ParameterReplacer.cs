using System.Linq.Expressions;

namespace Commerce.GraphQL.Server.Paging;

/// <summary>Rebinds a lambda body to another parameter, so predicates combine without Invoke (which EF cannot translate).</summary>
internal sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    public static Expression Rebind(LambdaExpression lambda, ParameterExpression parameter) =>
        new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
