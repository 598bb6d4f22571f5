using Commerce.MigrationsTool;

try
{
    return args switch
    {
        ["add", var name] => MigrationCommands.Add(name),
        ["remove"] => MigrationCommands.Remove(),
        ["script", var provider] => MigrationCommands.Script(provider, output: null),
        ["script", var provider, var output] => MigrationCommands.Script(provider, output),
        _ => Usage(),
    };
}
catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run --project tools/Commerce.MigrationsTool -- <command>
          add <Name>                      scaffold migration <Name> for every provider
          remove                          remove the last (unapplied) migration of every provider
          script <sqlite|sqlserver> [out] write the idempotent SQL script (stdout without [out])
        """);
    return 2;
}
