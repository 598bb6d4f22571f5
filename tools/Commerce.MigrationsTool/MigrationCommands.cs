using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.MigrationsTool;

internal static class MigrationCommands
{
    /// <summary>Scaffolds the same migration for every provider so the sets stay in step.</summary>
    public static int Add(string name)
    {
        var projectDirectory = DesignTime.InfrastructureProjectDirectory();
        foreach (var provider in ProviderMigrations.All)
        {
            using var context = provider.CreateContext();
            var scaffolder = DesignTime.Services(context).GetRequiredService<IMigrationsScaffolder>();
            var migration = scaffolder.ScaffoldMigration(
                name, ProviderMigrations.RootNamespace, provider.SubNamespace, "C#");
            var files = scaffolder.Save(projectDirectory, migration, provider.OutputDirectory(projectDirectory));
            Console.WriteLine($"{provider.Provider}: {Path.GetRelativePath(projectDirectory, files.MigrationFile!)}");
        }

        return 0;
    }

    public static int Remove()
    {
        var projectDirectory = DesignTime.InfrastructureProjectDirectory();
        foreach (var provider in ProviderMigrations.All)
        {
            using var context = provider.CreateContext();
            var scaffolder = DesignTime.Services(context).GetRequiredService<IMigrationsScaffolder>();
            var files = scaffolder.RemoveMigration(
                projectDirectory, ProviderMigrations.RootNamespace, force: false, language: "C#");
            Console.WriteLine($"{provider.Provider}: removed {Path.GetFileName(files.MigrationFile)}");
        }

        return 0;
    }

    /// <summary>
    /// Writes the script from an empty database to the latest migration: idempotent for SQL Server (safe to rerun
    /// against any version), plain for SQLite, whose provider cannot generate idempotent scripts.
    /// </summary>
    public static int Script(string providerName, string? output)
    {
        var provider = ProviderMigrations.Parse(providerName);
        using var context = provider.CreateContext();
        var options = provider.Provider == DatabaseProvider.Sqlite
            ? MigrationsSqlGenerationOptions.Default
            : MigrationsSqlGenerationOptions.Idempotent;
        var script = context.GetService<IMigrator>().GenerateScript(options: options);
        if (output is null)
        {
            Console.Write(script);
        }
        else
        {
            File.WriteAllText(output, script);
            Console.WriteLine($"wrote {output}");
        }

        return 0;
    }
}
