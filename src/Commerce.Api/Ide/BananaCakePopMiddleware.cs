using Microsoft.Extensions.FileProviders;

namespace Commerce.Api.Ide;

/// <summary>
/// Sends browsers from <c>/graphql</c> to the IDE at <c>/graphql/</c>, answers <c>bcp-config.json</c>, and hands the
/// package's files to the static file middleware behind it. Everything else (POSTs, GETs that do not accept HTML,
/// GraphQL GET requests) passes through to the GraphQL endpoint untouched.
/// </summary>
internal sealed class BananaCakePopMiddleware(
    RequestDelegate next, PathString path, IFileProvider files, BananaCakePopOptions options)
{
    private const string ConfigFile = "/bcp-config.json";
    private const string IndexFile = "/index.html";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        if (request.Path.Equals(path) && AcceptsHtml(request))
        {
            context.Response.Redirect($"{request.PathBase}{path}/{request.QueryString}");
            return Task.CompletedTask;
        }

        if (!request.Path.StartsWithSegments(path, out var rest) || !rest.HasValue)
        {
            return next(context);
        }

        if (rest.Equals(ConfigFile))
        {
            context.Response.Headers.CacheControl = "no-cache";
            var config = BananaCakePopConfig.For(options, request.PathBase.Add(path));
            return context.Response.WriteAsJsonAsync(config, BananaCakePopConfig.SerializerOptions);
        }

        if (rest.Value == "/" && !request.Query.ContainsKey("query"))
        {
            request.Path = path.Add(IndexFile);
            rest = IndexFile;
        }

        if (files.GetFileInfo(rest.Value!).Exists)
        {
            // Routing may already have matched the GraphQL endpoint (it ignores a trailing slash), and the
            // static file middleware declines requests that have an endpoint.
            context.SetEndpoint(null);
        }

        return next(context);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
