using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.LocalServer.Http;

/// <summary>
/// museum's auth middleware: the token comes from `X-Auth-Token` or `?token=`, and is looked up
/// together with the app from `X-Client-Package`, so a token is invalid under another app.
/// Storage endpoints (files, collections, trash) refuse the auth app.
/// </summary>
internal static class AuthFilters
{
    public const string TokenHeader = "X-Auth-Token";

    public static EndpointFilterDelegate Any(EndpointFilterDelegate next) => Wrap(next, storageEndpoint: false);

    public static EndpointFilterDelegate Storage(EndpointFilterDelegate next) => Wrap(next, storageEndpoint: true);

    public static Caller Authenticate(ServerDatabase db, HttpContext http, bool storageEndpoint)
    {
        var token = TokenOf(http.Request);
        if (string.IsNullOrEmpty(token))
        {
            throw ApiException.Middleware(StatusCodes.Status401Unauthorized, "missing token");
        }

        var app = ClientApp.Of(http.Request);
        var record = db.Read(d => d.Tokens.FindById(TokenRecord.KeyOf(app, token)));
        if (record is null)
        {
            throw ApiException.Middleware(StatusCodes.Status401Unauthorized, "invalid token");
        }

        if (storageEndpoint && app == ClientApp.Auth)
        {
            throw ApiException.Middleware(StatusCodes.Status403Forbidden, "invalid app for endpoint");
        }

        return new Caller(record.UserId, app, token);
    }

    /// <summary>The token from the header, else from `?token=`; null when neither is there.</summary>
    public static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers[TokenHeader].ToString();
        if (header.Length > 0)
        {
            return header;
        }

        var query = request.Query["token"].ToString();
        return query.Length > 0 ? query : null;
    }

    private static EndpointFilterDelegate Wrap(EndpointFilterDelegate next, bool storageEndpoint) => async context =>
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<ServerDatabase>();
        Authenticate(db, context.HttpContext, storageEndpoint).AttachTo(context.HttpContext);
        return await next(context);
    };
}
