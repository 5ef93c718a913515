using EnteTui.LocalServer.Auth;

namespace EnteTui.LocalServer.Fixtures;

/// <summary>Finds or provisions the accounts the fixture API acts for.</summary>
internal static class FixtureUsers
{
    public static FixtureUser For(ServerComponents server, string email)
    {
        var normalized = Emails.Normalize(email);
        return server.Database.Read(d =>
        {
            var user = d.Users.FindOne(u => u.Email == normalized) ?? throw new InvalidOperationException($"No account {normalized}.");
            return new FixtureUser(server, UserKeys.Load(d, user.Id), user.Email);
        });
    }

    public static async Task<FixtureUser> EnsureAsync(ServerComponents server, AccountSpec spec)
    {
        var normalized = Emails.Normalize(spec.Email);
        if (!server.Database.Read(d => d.Users.Exists(u => u.Email == normalized)))
        {
            await Task.Run(() => AccountProvisioner.Provision(server.Database, spec));
        }

        return For(server, normalized);
    }
}
