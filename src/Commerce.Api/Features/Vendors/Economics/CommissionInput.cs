using Commerce.Api.Features.Common.Mutations;

namespace Commerce.Api.Features.Vendors.Economics;

public static class CommissionInput
{
    /// <summary>Records INVALID_VALUE unless <paramref name="basisPoints"/> is a rate from 0% to 100%.</summary>
    public static void Rate(InputErrors errors, int basisPoints, params string[] path)
    {
        if (basisPoints is < 0 or > 10_000)
        {
            errors.Invalid("Must be from 0 to 10000 basis points (0% to 100%).", path);
        }
    }
}
