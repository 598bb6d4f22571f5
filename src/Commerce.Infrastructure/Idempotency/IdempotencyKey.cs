using System.Security.Cryptography;
using System.Text.Json;

namespace Commerce.Infrastructure.Idempotency;

/// <summary>Who called which mutation with which key and input, as the idempotency store compares it.</summary>
/// <param name="Scope">The mutation name.</param>
/// <param name="CallerSubject">The caller's subject, "anonymous" when not signed in.</param>
/// <param name="Key">The client's key; null runs the mutation without idempotency.</param>
/// <param name="RequestHash">Hex SHA-256 of the canonical input (<see cref="Hash"/>).</param>
public sealed record IdempotencyKey(string Scope, string CallerSubject, string? Key, string RequestHash)
{
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Hash of the input serialised with a fixed property order (its CLR type's). Pass the input with its key
    /// removed, so only what the mutation acts on is compared.
    /// </summary>
    public static string Hash<TInput>(TInput input) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(input, Canonical)));
}
