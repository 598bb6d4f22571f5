using Commerce.GraphQL.Server.Errors;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.GraphQL.Server.Tests.Relay;

public sealed class GlobalIdTests
{
    [Fact]
    public void Encode_RoundTrips_WithDecode()
    {
        var id = GlobalId.Encode("Product", 42);

        Assert.Equal("UHJvZHVjdDo0Mg", id);
        Assert.Equal(("Product", "42"), GlobalId.Decode(id));
        Assert.Equal(42, GlobalId.DecodeInt(id, "Product"));
    }

    [Fact]
    public void DecodeInt_ThrowsInvalidId_WhenTypeDiffers()
    {
        var ex = Assert.Throws<InvalidGlobalIdException>(() => GlobalId.DecodeInt(GlobalId.Encode("Order", 1), "Product"));

        Assert.Equal("INVALID_ID", ex.Code);
        Assert.Equal("The value is not a valid Product ID.", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("UHJvZHVjdA")]
    [InlineData("UHJvZHVjdDphYmM")]
    [InlineData("UHJvZHVjdDotMQ")]
    public void DecodeInt_ThrowsInvalidId_WhenIdIsGarbage(string id)
    {
        Assert.Throws<InvalidGlobalIdException>(() => GlobalId.DecodeInt(id, "Product"));
    }
}
