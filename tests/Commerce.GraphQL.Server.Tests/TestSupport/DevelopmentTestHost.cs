namespace Commerce.GraphQL.Server.Tests.TestSupport;

/// <summary>The test host as configured in Development: exception details exposed.</summary>
public sealed class DevelopmentTestHost : TestHost
{
    protected override bool ExposeExceptionDetails => true;
}
