using Commerce.GraphQL.Server.Errors;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Http;

/// <summary>Reads a request body, refusing (413) anything larger than the limit without buffering it all.</summary>
internal static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static GraphQLHttpException TooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge,
        $"The request body exceeds the limit of {limit} bytes.", ErrorCodes.RequestTooLarge);
}
