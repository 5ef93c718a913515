namespace EnteTui.Core.Api;

/// <summary>Trash endpoints (spec §4.7).</summary>
public sealed class TrashApi
{
    private readonly ApiConnection connection;

    internal TrashApi(ApiConnection connection) => this.connection = connection;

    /// <summary><c>GET /trash/v2/diff?sinceTime=</c>; the cursor is the largest <c>updatedAt</c> seen.</summary>
    public async Task<TrashDiffResponse> GetDiffAsync(long sinceTime, CancellationToken cancellationToken)
    {
        var page = await connection.GetJsonAsync<TrashDiffResponse>($"trash/v2/diff?sinceTime={sinceTime}", cancellationToken);
        page.Diff ??= [];
        return page;
    }

    /// <summary><c>POST /files/trash</c>: at most 1000 (file, collection) pairs.</summary>
    public Task TrashFilesAsync(TrashFilesRequest request, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Post, "files/trash", request, cancellationToken);
}
