namespace Commerce.Api.Ide;

/// <summary>Settings of the Banana Cake Pop IDE, bound from the <c>GraphQL:Ide</c> configuration section.</summary>
public sealed class BananaCakePopOptions
{
    public const string SectionName = "GraphQL:Ide";

    /// <summary>Serve the IDE at all. Turn it off in production with <c>GraphQL__Ide__Enabled=false</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The title the IDE shows for the connection to this API.</summary>
    public string Title { get; set; } = "Commerce.GraphQL";

    /// <summary>The WebSocket sub-protocol the IDE uses for subscriptions.</summary>
    public string SubscriptionProtocol { get; set; } = "graphql-transport-ws";

    /// <summary>
    /// Folder holding the package's files. Defaults to <c>graphql-ide</c> beside the app's assembly, where the build
    /// (Ide/BananaCakePop.targets) copies them.
    /// </summary>
    public string? FilesPath { get; set; }

    internal string ResolveFilesPath() => FilesPath ?? Path.Combine(AppContext.BaseDirectory, "graphql-ide");
}
