using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Ide;

/// <summary>Registers and serves the Banana Cake Pop GraphQL IDE from the files the build installs from npm.</summary>
public static class BananaCakePopExtensions
{
    /// <summary>Binds <see cref="BananaCakePopOptions"/> from the <c>GraphQL:Ide</c> section.</summary>
    public static IServiceCollection AddBananaCakePop(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BananaCakePopOptions>().Bind(configuration.GetSection(BananaCakePopOptions.SectionName));
        return services;
    }

    /// <summary>
    /// Serves the IDE at <paramref name="path"/> + "/" for browsers, beside the GraphQL endpoint at
    /// <paramref name="path"/>. Does nothing when <c>GraphQL:Ide:Enabled</c> is false.
    /// </summary>
    public static IApplicationBuilder MapBananaCakePop(this IApplicationBuilder app, PathString path)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<BananaCakePopOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var root = options.ResolveFilesPath();
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            throw new InvalidOperationException(
                $"Banana Cake Pop files are missing from '{root}'. Build Commerce.Api (its build runs npm ci), " +
                $"or set {BananaCakePopOptions.SectionName}:Enabled=false.");
        }

        var files = new PhysicalFileProvider(root);
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments(path),
            branch => branch
                .UseMiddleware<BananaCakePopMiddleware>(path, files, options)
                .UseStaticFiles(new StaticFileOptions
                {
                    RequestPath = path,
                    FileProvider = files,
                    ContentTypeProvider = new BananaCakePopContentTypes(),
                    OnPrepareResponse = SetCacheHeaders,
                }));
    }

    // Files under static/ carry a content hash in their names; everything else (index.html, the service worker)
    // must be revalidated so an upgrade of the package reaches browsers.
    private static void SetCacheHeaders(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl =
            context.Context.Request.Path.Value?.Contains("/static/", StringComparison.Ordinal) == true
                ? "public, max-age=31536000, immutable"
                : "no-cache";
}
