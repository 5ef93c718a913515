namespace EnteTui.LocalServer.Storage;

/// <summary>Object-storage errors in S3's XML shape.</summary>
internal static class S3Errors
{
    public static IResult Result(int status, string code, string message) => Results.Content(
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>",
        "application/xml",
        statusCode: status);

    public static IResult AccessDenied(string message) => Result(StatusCodes.Status403Forbidden, "AccessDenied", message);
}
