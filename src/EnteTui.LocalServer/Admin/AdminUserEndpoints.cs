using EnteTui.LocalServer.Fixtures;

namespace EnteTui.LocalServer.Admin;

/// <summary>
/// `/__admin/users/{email}/...`: the fixture user's queries and mutations over HTTP, for tests that
/// run the server out of process. `{album}` is an album ID or its exact name.
/// </summary>
internal static class AdminUserEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        var user = admin.MapGroup("/users/{email}");
        user.MapGet("/traffic", (ServerComponents s, string email) => WithUser(s, email, u => JsonResponses.Ok(u.Traffic())));
        user.MapDelete("/traffic", (ServerComponents s, string email) => WithUser(s, email, u => Done(u.ResetTraffic)));
        user.MapGet("/albums", (ServerComponents s, string email) => WithUser(s, email, u => JsonResponses.Ok(u.Albums())));
        user.MapPost("/albums", (HttpContext http, ServerComponents s, string email) => WithBody(http, s, email, (u, r) =>
            JsonResponses.Ok(new { id = u.CreateAlbum(r.Name ?? throw new ArgumentException("name is required"), r.Type, r.Visibility) })));
        user.MapGet("/albums/{album}/files", (ServerComponents s, string email, string album) =>
            WithUser(s, email, u => JsonResponses.Ok(u.Files(AlbumId(u, album)))));
        user.MapPost("/albums/{album}/rename", (HttpContext http, ServerComponents s, string email, string album) =>
            WithBody(http, s, email, (u, r) => Done(() => u.RenameAlbum(AlbumId(u, album), r.Name ?? throw new ArgumentException("name is required")))));
        user.MapDelete("/albums/{album}", (ServerComponents s, string email, string album) =>
            WithUser(s, email, u => Done(() => u.DeleteAlbum(AlbumId(u, album)))));
        user.MapPost("/albums/{album}/visibility", (HttpContext http, ServerComponents s, string email, string album) =>
            WithBody(http, s, email, (u, r) => Done(() => u.SetAlbumVisibility(AlbumId(u, album), r.Visibility))));
        user.MapPost("/albums/{album}/share", (HttpContext http, ServerComponents s, string email, string album) =>
            WithBody(http, s, email, (u, r) => Done(() => u.ShareAlbum(AlbumId(u, album), r.Email ?? throw new ArgumentException("email is required"), r.Role))));
        user.MapPost("/albums/{album}/unshare", (HttpContext http, ServerComponents s, string email, string album) =>
            WithBody(http, s, email, (u, r) => Done(() => u.UnshareAlbum(AlbumId(u, album), r.Email ?? throw new ArgumentException("email is required")))));
        user.MapPost("/albums/{album}/upload", async (HttpContext http, ServerComponents s, string email, string album) =>
        {
            var request = await JsonResponses.ReadAsync<AdminAlbumRequest>(http);
            return await AdminResults.RunAsync(async () =>
            {
                var u = FixtureUsers.For(s, email);
                var path = request.Path ?? throw new ArgumentException("path is required");
                return JsonResponses.Ok(new { id = await u.UploadFileAsync(AlbumId(u, album), path) });
            });
        });
        user.MapPost("/albums/{album}/files/{fileId:long}", (ServerComponents s, string email, string album, long fileId) =>
            WithUser(s, email, u => Done(() => u.AddToAlbum(fileId, AlbumId(u, album)))));
        user.MapDelete("/albums/{album}/files/{fileId:long}", (ServerComponents s, string email, string album, long fileId) =>
            WithUser(s, email, u => Done(() => u.RemoveFromAlbum(fileId, AlbumId(u, album)))));
        user.MapPost("/files/{fileId:long}/trash", (ServerComponents s, string email, long fileId) =>
            WithUser(s, email, u => Done(() => u.TrashFile(fileId))));
        user.MapDelete("/files/{fileId:long}", (ServerComponents s, string email, long fileId) =>
            WithUser(s, email, u => Done(() => u.DeleteFileForever(fileId))));
        user.MapPost("/files/{fileId:long}/replace", async (HttpContext http, ServerComponents s, string email, long fileId) =>
        {
            var request = await JsonResponses.ReadAsync<AdminAlbumRequest>(http);
            return await AdminResults.RunAsync(async () =>
            {
                var path = request.Path ?? throw new ArgumentException("path is required");
                await FixtureUsers.For(s, email).ReplaceContentAsync(fileId, await Seeding.MediaPreparer.PrepareAsync(path));
                return Results.Ok();
            });
        });
        user.MapPost("/files/{fileId:long}/edit", async (HttpContext http, ServerComponents s, string email, long fileId) =>
        {
            var request = await JsonResponses.ReadAsync<AdminFileEditRequest>(http);
            return await AdminResults.Run(() => Done(() => Edit(FixtureUsers.For(s, email), fileId, request)));
        });
    }

    private static void Edit(FixtureUser user, long fileId, AdminFileEditRequest request)
    {
        if (request.Caption is not null || request.EditedName is not null || request.EditedTime is not null || request.OffsetTime is not null || request.Latitude is not null)
        {
            user.EditFile(fileId, new FileEdit
            {
                Caption = request.Caption,
                EditedName = request.EditedName,
                EditedTime = request.EditedTime is { } micros ? DateTimeOffset.UnixEpoch.AddTicks(micros * 10) : null,
                OffsetTime = request.OffsetTime,
                Latitude = request.Latitude,
                Longitude = request.Longitude,
            });
        }

        if (request.Visibility is { } visibility)
        {
            user.SetFileVisibility(fileId, visibility);
        }
    }

    private static Task<IResult> WithUser(ServerComponents server, string email, Func<FixtureUser, IResult> action) =>
        AdminResults.Run(() => action(FixtureUsers.For(server, email)));

    private static async Task<IResult> WithBody(HttpContext http, ServerComponents server, string email, Func<FixtureUser, AdminAlbumRequest, IResult> action)
    {
        var request = await JsonResponses.ReadAsync<AdminAlbumRequest>(http);
        return await AdminResults.Run(() => action(FixtureUsers.For(server, email), request));
    }

    private static IResult Done(Action action)
    {
        action();
        return Results.Ok();
    }

    private static long AlbumId(FixtureUser user, string album)
    {
        var albums = user.Albums();
        if (long.TryParse(album, out var id) && albums.Any(a => a.Id == id))
        {
            return id;
        }

        return user.Album(album).Id;
    }
}
