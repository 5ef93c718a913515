namespace EnteTui.LocalServer;

/// <summary>The Ente-compatible server used for tests, demos and offline trials.</summary>
public static class LocalServerInfo
{
    public const string Name = "EnteTui.LocalServer";
}
