namespace Commerce.Infrastructure.Persistence.Configurations;

/// <summary>Shared maximum lengths, so the same kind of value has the same column size everywhere.</summary>
public static class ColumnLengths
{
    public const int Name = 200;
    public const int Slug = 200;
    public const int Email = 254;
    public const int Currency = 3;
    public const int Sku = 64;
    public const int Number = 32;
    public const int Code = 32;
    public const int ShortText = 100;
    public const int Reference = 200;
    public const int Note = 2000;
    public const int Url = 2048;
    public const int Sha256 = 32;
    public const int Secret = 64;
    public const int PasswordHash = 256;
}
