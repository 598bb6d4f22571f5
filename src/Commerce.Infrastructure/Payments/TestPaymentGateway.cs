using System.Security.Cryptography;
using System.Text;

namespace Commerce.Infrastructure.Payments;

/// <summary>
/// An offline gateway that behaves like a card processor's sandbox. Cards (spaces and dashes ignored):
/// 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds,
/// "tok_visa" (a token) succeeds; any other Luhn-valid number is declined as not supported, anything else is an
/// invalid card. Captures, voids and refunds of its own references succeed. References are deterministic
/// (a hash of the caller's idempotency reference), so a replayed call yields the same reference.
/// </summary>
public sealed class TestPaymentGateway : IPaymentGateway
{
    public const string SuccessCard = "4242424242424242";
    public const string DeclinedCard = "4000000000000002";
    public const string InsufficientFundsCard = "4000000000009995";

    public string Name => "test";

    public Task<GatewayResult> AuthorizeAsync(string card, long amount, string currency, string idempotencyReference, CancellationToken cancellationToken = default)
    {
        var number = new string([.. card.Where(c => c is not (' ' or '-'))]);
        return Task.FromResult(number switch
        {
            SuccessCard or "tok_visa" => GatewayResult.Success(Reference("auth", idempotencyReference)),
            DeclinedCard => GatewayResult.Failure(GatewayDecline.Declined, "Your card was declined."),
            InsufficientFundsCard => GatewayResult.Failure(GatewayDecline.InsufficientFunds, "Your card has insufficient funds."),
            _ when IsLuhnValid(number) => GatewayResult.Failure(GatewayDecline.Declined, "This card is not supported by the test gateway."),
            _ => GatewayResult.Failure(GatewayDecline.InvalidCard, "The card number is invalid."),
        });
    }

    public Task<GatewayResult> CaptureAsync(string authorizationReference, long amount, string currency, string idempotencyReference, CancellationToken cancellationToken = default) =>
        Task.FromResult(GatewayResult.Success(Reference("cap", idempotencyReference)));

    public Task<GatewayResult> VoidAsync(string authorizationReference, string idempotencyReference, CancellationToken cancellationToken = default) =>
        Task.FromResult(GatewayResult.Success(Reference("void", idempotencyReference)));

    public Task<GatewayResult> RefundAsync(string captureReference, long amount, string currency, string idempotencyReference, CancellationToken cancellationToken = default) =>
        Task.FromResult(GatewayResult.Success(Reference("re", idempotencyReference)));

    private static string Reference(string prefix, string seed) =>
        $"test_{prefix}_{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..16]}";

    private static bool IsLuhnValid(string number)
    {
        if (number.Length is < 12 or > 19 || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? (digit * 2) - 9 : digit * 2) : digit;
        }

        return sum % 10 == 0;
    }
}
