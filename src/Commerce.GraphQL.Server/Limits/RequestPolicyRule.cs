using System.Globalization;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Errors;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Limits;

/// <summary>
/// The per-request rule (runs for cached documents too): scope requirements, introspection, the requested cost
/// against <see cref="GraphQLLimitsOptions.MaxQueryCost"/>, then the caller's bucket. A refused request charges
/// nothing; an admitted one is charged its requested cost, and the difference to the actual cost is returned after
/// execution (<see cref="GraphQLLimitsExecution"/>).
/// </summary>
internal sealed class RequestPolicyRule(
    IOptions<GraphQLLimitsOptions> limits, IOptions<ScopeAuthorizationOptions> scopes, CostModel model, ICostBucketStore buckets)
    : ValidationRuleBase
{
    private readonly GraphQLLimitsOptions _options = limits.Value;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is null)
        {
            return default;
        }

        var walker = new RequestWalker(context, CallerScopes.For(context.UserContext, context.User, scopes.Value), _options, model);
        walker.Run();
        if (walker.Refused)
        {
            return default;
        }

        var requested = walker.RequestedCost;
        var cost = context.UserContext.TryGetValue(GraphQLRequestCost.UserContextKey, out var value) ? value as GraphQLRequestCost : null;
        if (cost is not null)
        {
            cost.RequestedQueryCost = requested;
        }

        if (requested > _options.MaxQueryCost)
        {
            context.ReportError(new ValidationError(
                $"The query costs {N(requested)}, above the maximum of {N(_options.MaxQueryCost)} per request. Ask for fewer items (`first`/`last`) or fewer fields.")
            {
                Code = ErrorCodes.MaxCostExceeded,
            });
        }
        else if (cost is not null)
        {
            Charge(context, cost, requested);
        }

        return default;
    }

    private void Charge(ValidationContext context, GraphQLRequestCost cost, int requested)
    {
        var status = buckets.TryTake(cost.CallerKey, requested, out var granted);
        cost.ThrottleStatus = status;
        if (granted)
        {
            cost.Charged = requested;
            return;
        }

        cost.Throttled = true;
        var wait = status.SecondsUntil(requested);
        context.ReportError(new ValidationError(
            $"Throttled: the query costs {N(requested)} and {N((int)status.CurrentlyAvailable)} of {N(status.MaximumAvailable)} points are available " +
            $"({N(status.RestoreRate)} restored per second). Retry in {wait} second{(wait == 1 ? string.Empty : "s")}.")
        {
            Code = ErrorCodes.Throttled,
        });
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
