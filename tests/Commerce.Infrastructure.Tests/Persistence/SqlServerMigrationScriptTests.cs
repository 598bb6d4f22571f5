using System.Text.RegularExpressions;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Commerce.Infrastructure.Tests.Persistence;

public partial class SqlServerMigrationScriptTests
{
    public static TheoryData<MigrationsSqlGenerationOptions> ScriptOptions =>
        [MigrationsSqlGenerationOptions.Default, MigrationsSqlGenerationOptions.Idempotent];

    [Theory]
    [MemberData(nameof(ScriptOptions))]
    public void GenerateScript_ProducesValidTSql_ForEveryBatch(MigrationsSqlGenerationOptions options)
    {
        using var context = ProviderModelTests.CreateContext(DatabaseProvider.SqlServer);

        var script = context.GetService<IMigrator>().GenerateScript(options: options);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var batches = GoSeparator().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch)).ToList();
        Assert.NotEmpty(batches);
        foreach (var batch in batches)
        {
            using var reader = new StringReader(batch);
            parser.Parse(reader, out var errors);
            Assert.True(errors.Count == 0,
                $"{string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{batch}");
        }
    }

    [Fact]
    public void GenerateScript_CreatesEveryTable_WithSqlServerTypes()
    {
        using var context = ProviderModelTests.CreateContext(DatabaseProvider.SqlServer);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().ToList();
        Assert.Equal(38, tables.Count);   // 17 foundation + 4 identity + 6 order workflow + 4 vendor economics + 2 sales rollup + 4 outbound + 1 inbound webhook tables
        Assert.All(tables, table => Assert.Contains($"CREATE TABLE [{table}] (", script, StringComparison.Ordinal));
        Assert.Contains("[TotalMinorUnits] bigint NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[PlacedAt] datetime2 NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[Sku] nvarchar(64) NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[ShippingAddress_Line1] nvarchar(200) NULL", script, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTOINCREMENT", script, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}
