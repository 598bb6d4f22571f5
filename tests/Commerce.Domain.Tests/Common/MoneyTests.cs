using Commerce.Domain.Common;

namespace Commerce.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1999, "USD", "19.99")]
    [InlineData(1000, "USD", "10.00")]
    [InlineData(0, "EUR", "0.00")]
    [InlineData(-250, "ZAR", "-2.50")]
    [InlineData(1500, "JPY", "1500")]
    [InlineData(12345, "KWD", "12.345")]
    public void Amount_KeepsTheCurrencysDecimals_WhenWritten(long minorUnits, string currency, string expected)
    {
        var amount = new Money(minorUnits, currency).Amount;

        Assert.Equal(expected, amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("19.995", "USD", 2000)]
    [InlineData("19.985", "USD", 1998)]
    [InlineData("7", "JPY", 7)]
    public void FromAmount_RoundsHalfToEven_ToMinorUnits(string amount, string currency, long expected)
    {
        var money = Money.FromAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);

        Assert.Equal(expected, money.MinorUnits);
    }

    [Fact]
    public void Add_Throws_WhenCurrenciesDiffer()
    {
        var usd = new Money(100, "USD");

        Assert.Throws<InvalidOperationException>(() => usd.Add(new Money(100, "EUR")));
        Assert.Equal(new Money(300, "USD"), usd.Add(new Money(200, "USD")));
        Assert.Equal(new Money(-100, "USD"), usd.Subtract(new Money(200, "USD")));
        Assert.Equal(new Money(700, "USD"), usd.Multiply(7));
    }

    [Fact]
    public void Multiply_Throws_WhenTheResultOverflows()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue / 2, "USD").Multiply(3));
    }

    [Theory]
    [InlineData("USD", true)]
    [InlineData("usd", false)]
    [InlineData("US", false)]
    [InlineData("USDX", false)]
    [InlineData(null, false)]
    public void IsWellFormed_AcceptsOnlyThreeUpperCaseLetters(string? code, bool expected)
    {
        Assert.Equal(expected, Currencies.IsWellFormed(code));
    }
}
