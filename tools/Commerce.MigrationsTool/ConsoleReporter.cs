using Microsoft.EntityFrameworkCore.Design.Internal;

namespace Commerce.MigrationsTool;

#pragma warning disable EF1001 // IOperationReporter is the design-time services' (internal) logging contract.
internal sealed class ConsoleReporter : IOperationReporter
{
    public void WriteError(string message) => Console.Error.WriteLine($"error: {message}");

    public void WriteWarning(string message) => Console.Error.WriteLine($"warn: {message}");

    public void WriteInformation(string message) => Console.WriteLine(message);

    public void WriteVerbose(string message)
    {
    }
}
#pragma warning restore EF1001
