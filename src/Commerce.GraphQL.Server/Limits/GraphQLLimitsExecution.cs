using System.Globalization;
using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Http;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Limits;

/// <summary>
/// Brackets every execution: adds the limit rules (the per-request one for cached documents too), opens the
/// request's <see cref="GraphQLRequestCost"/> before validation, and afterwards settles the bucket against the
/// actual cost, writes <c>extensions.cost</c> and, over HTTP, the <c>X-RateLimit-*</c> (and <c>Retry-After</c>) headers.
/// </summary>
internal sealed class GraphQLLimitsExecution : IConfigureExecution
{
    private readonly GraphQLLimitsOptions _options;
    private readonly CostModel _model;
    private readonly ICostBucketStore _buckets;
    private readonly IValidationRule _requestRule;
    private readonly IValidationRule[] _rules;
    private readonly IValidationRule[] _cachedRules;

    public GraphQLLimitsExecution(IOptions<GraphQLLimitsOptions> options, CostModel model, ICostBucketStore buckets, RequestPolicyRule requestRule, DocumentLimitsRule documentRule)
    {
        _options = options.Value;
        _model = model;
        _buckets = buckets;
        _requestRule = requestRule;
        _rules = [.. DocumentValidator.CoreRules, documentRule, requestRule];
        _cachedRules = [requestRule];
        DocumentRule = documentRule;
    }

    /// <summary>With graphql-dotnet's option configurations, before the validated-document cache (200).</summary>
    public float SortOrder => 100;

    private IValidationRule DocumentRule { get; }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        // Shared arrays in the common case; appended when another configuration already chose rules.
        options.ValidationRules = options.ValidationRules is null ? _rules : [.. options.ValidationRules, DocumentRule, _requestRule];
        options.CachedDocumentValidationRules = options.CachedDocumentValidationRules is null ? _cachedRules : [.. options.CachedDocumentValidationRules, _requestRule];

        var http = options.UserContext.GetHttpContext();
        var cost = new GraphQLRequestCost(options.OperationName, _options.CallerKey(options.User, http));
        options.UserContext[GraphQLRequestCost.UserContextKey] = cost;
        http?.Features.Set(cost);

        var result = await next(options).ConfigureAwait(false);

        cost.OperationName ??= result.Operation?.Name?.StringValue;
        Settle(cost, result);
        (result.Extensions ??= [])["cost"] = CostExtension.From(cost);
        // A WebSocket's operations run after the upgrade response went out: no headers to write then.
        if (http is not null && !http.Response.HasStarted)
        {
            WriteHeaders(http.Response.Headers, cost);
        }

        return result;
    }

    private void Settle(GraphQLRequestCost cost, ExecutionResult result)
    {
        var actual = ActualCost.Of(result, _model);
        cost.ActualQueryCost = actual;
        // A charged request that did not run (another rule failed) gets everything back; never charge above the request.
        var unspent = cost.Charged - (result.Executed ? actual ?? cost.Charged : 0);
        if (unspent > 0)
        {
            cost.ThrottleStatus = _buckets.Return(cost.CallerKey, unspent);
        }
        else if (cost.ThrottleStatus.MaximumAvailable == 0)
        {
            cost.ThrottleStatus = _buckets.Peek(cost.CallerKey);
        }
    }

    private static void WriteHeaders(IHeaderDictionary headers, GraphQLRequestCost cost)
    {
        var status = cost.ThrottleStatus;
        headers["X-RateLimit-Limit"] = status.MaximumAvailable.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = ((int)Math.Floor(status.CurrentlyAvailable)).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = status.SecondsUntil(status.MaximumAvailable).ToString(CultureInfo.InvariantCulture);
        if (cost.Throttled)
        {
            headers.RetryAfter = status.SecondsUntil(cost.RequestedQueryCost ?? 0).ToString(CultureInfo.InvariantCulture);
        }
    }
}
