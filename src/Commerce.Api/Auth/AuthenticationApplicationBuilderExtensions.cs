namespace Commerce.Api.Auth;

public static class AuthenticationApplicationBuilderExtensions
{
    /// <summary>
    /// Authenticates every request and sets <c>HttpContext.User</c>. Invalid, expired or revoked credentials get a 401
    /// before GraphQL runs: a caller who sent a credential meant to be someone, and silently serving them as anonymous
    /// would hide the mistake.
    /// </summary>
    public static IApplicationBuilder UseCommerceAuthentication(this IApplicationBuilder app)
    {
        var authenticator = app.ApplicationServices.GetRequiredService<CommerceAuthenticator>();
        return app.Use(async (context, next) =>
        {
            var (principal, failure) = await authenticator.AuthenticateAsync(context.Request, context.RequestAborted);
            if (failure is not null)
            {
                await (Rest.RestEndpoints.Owns(context.Request.Path)
                    ? Rest.RestErrors.WriteChallengeAsync(context.Response, failure)
                    : CommerceAuthenticator.WriteChallengeAsync(context.Response, failure));
                return;
            }

            if (principal is not null)
            {
                context.User = principal;
            }

            await next(context);
        });
    }
}
