namespace EnteTui.LocalServer.Http;

/// <summary>The test-only admin surface lives under this prefix; nothing else on a real server does.</summary>
internal static class AdminPaths
{
    public const string Prefix = "/__admin";
}
