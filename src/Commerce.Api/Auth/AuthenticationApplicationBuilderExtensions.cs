using Microsoft.AspNetCore.Authentication;

namespace Commerce.Api.Auth;

public static class AuthenticationApplicationBuilderExtensions
{
    /// <summary>
    /// Authenticates every request. Invalid, expired or revoked credentials get a 401 before GraphQL runs: a caller
    /// who sent a credential meant to be someone, and silently serving them as anonymous would hide the mistake.
    /// </summary>
    public static IApplicationBuilder UseCommerceAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        return app.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync();   // cached by the handler for this request
            if (result.Failure is not null)
            {
                await context.ChallengeAsync();
                return;
            }

            await next(context);
        });
    }
}
