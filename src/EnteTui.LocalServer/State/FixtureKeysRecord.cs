namespace EnteTui.LocalServer.State;

/// <summary>
/// The keys of an account this test server provisioned itself, kept so that the mutation API can
/// act as that user's client (rename an album, edit a caption). A real server never has them.
/// </summary>
internal sealed class FixtureKeysRecord
{
    /// <summary>The user ID.</summary>
    public long Id { get; set; }

    public string MasterKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    public string PublicKey { get; set; } = "";
}
