namespace EnteTui.LocalServer.Http;

/// <summary>The app scope from `X-Client-Package` (spec §1.2): auth, locker, or photos for anything else.</summary>
internal static class ClientApp
{
    public const string Photos = "photos";
    public const string Auth = "auth";
    public const string Locker = "locker";
    public const string HeaderName = "X-Client-Package";

    public static string Of(HttpRequest request) => OfPackage(request.Headers[HeaderName].ToString());

    public static string OfPackage(string package)
    {
        if (package.StartsWith("io.ente.auth", StringComparison.Ordinal))
        {
            return Auth;
        }

        return package.StartsWith("io.ente.locker", StringComparison.Ordinal) ? Locker : Photos;
    }
}
