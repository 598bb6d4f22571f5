using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commerce.Infrastructure.Persistence.Conventions;

/// <summary>
/// Every DateTime in the model is UTC. Neither SQLite (text) nor SQL Server (datetime2) stores the kind, so values
/// read back as Unspecified; this marks them Utc again. Local values are converted on the way in, and
/// Unspecified ones are taken to be UTC already.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
