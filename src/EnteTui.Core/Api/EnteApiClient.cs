namespace EnteTui.Core.Api;

/// <summary>
/// Typed access to one Ente server for one account (or for a login in progress, without a token).
/// Made by <see cref="EnteApiClientFactory"/>; cheap, so make a new one when the token changes.
/// </summary>
public sealed class EnteApiClient
{
    internal EnteApiClient(ApiConnection connection)
    {
        Connection = connection;
        Auth = new AuthApi(connection);
        Collections = new CollectionsApi(connection);
        Files = new FilesApi(connection);
        Uploads = new UploadApi(connection);
        Trash = new TrashApi(connection);
    }

    public ApiConnection Connection { get; }

    public string Endpoint => Connection.Endpoint;

    public AuthApi Auth { get; }

    public CollectionsApi Collections { get; }

    public FilesApi Files { get; }

    public UploadApi Uploads { get; }

    public TrashApi Trash { get; }

    public override string ToString() => Connection.ToString();
}
