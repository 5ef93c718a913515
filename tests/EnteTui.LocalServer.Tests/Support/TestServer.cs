namespace EnteTui.LocalServer.Tests.Support;

/// <summary>Starts a server on port 0 in its own temp folder, with fast Argon2 limits for accounts.</summary>
internal static class TestServer
{
    public const string Password = "correct horse battery staple";
    public const long FastMemLimit = 8L * 1024 * 1024;

    public static Task<LocalEnteServer> StartAsync(LocalServerOptions? options = null) =>
        LocalEnteServer.StartAsync(options ?? LocalServerOptions.ManyLogins);

    public static AccountSpec Account(string email) => new(email, Password) { OpsLimit = 1, MemLimit = FastMemLimit };
}
