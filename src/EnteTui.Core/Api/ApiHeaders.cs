namespace EnteTui.Core.Api;

/// <summary>Header names and values of spec §1.2.</summary>
public static class ApiHeaders
{
    public const string AuthToken = "X-Auth-Token";

    public const string ClientPackage = "X-Client-Package";

    /// <summary>The Photos app scope: tokens and collections are scoped by this value, so it is the same on every call.</summary>
    public const string PhotosPackage = "io.ente.photos";
}
