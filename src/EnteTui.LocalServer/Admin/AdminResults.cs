namespace EnteTui.LocalServer.Admin;

/// <summary>Runs an admin action and maps fixture errors to 404/400 with `{"error":...}`.</summary>
internal static class AdminResults
{
    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is InvalidOperationException or DirectoryNotFoundException or FileNotFoundException)
        {
            return Results.Json(new { error = e.Message }, statusCode: StatusCodes.Status404NotFound);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return Results.Json(new { error = e.Message }, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    public static Task<IResult> Run(Func<IResult> action) => RunAsync(() => Task.FromResult(action()));
}
