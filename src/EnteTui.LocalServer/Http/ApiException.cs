using System.Text.Json.Nodes;

namespace EnteTui.LocalServer.Http;

/// <summary>
/// An error answer in one of museum's three body shapes (spec §6): `{code,message}` for typed API
/// errors, `{error}` from the middlewares, and `{}` for plain errors mapped to a status.
/// </summary>
internal sealed class ApiException : Exception
{
    private ApiException(int status, JsonObject body, string description)
        : base(description)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    public JsonObject Body { get; }

    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();

    /// <summary>A plain Go error mapped to a status: the body is `{}`.</summary>
    public static ApiException Plain(int status, string description) => new(status, [], description);

    /// <summary>An `ente.ApiError`: `{"code":..,"message":..}`.</summary>
    public static ApiException Coded(int status, string code, string message = "") =>
        new(status, new JsonObject { ["code"] = code, ["message"] = message }, $"{code} {message}".Trim());

    /// <summary>A middleware error: `{"error":..}`.</summary>
    public static ApiException Middleware(int status, string error) => new(status, new JsonObject { ["error"] = error }, error);

    public static ApiException BadRequest(string description) => Plain(400, description);

    public static ApiException BadRequestCoded(string message) => Coded(400, "BAD_REQUEST", message);

    public static ApiException NotFound(string description) => Plain(404, description);

    public static ApiException Forbidden(string description) => Plain(403, description);
}
