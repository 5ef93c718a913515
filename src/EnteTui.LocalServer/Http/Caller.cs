namespace EnteTui.LocalServer.Http;

/// <summary>The authenticated user of a request and the app its token belongs to.</summary>
internal sealed record Caller(long UserId, string App, string Token)
{
    private const string ItemKey = "ente.caller";

    public static Caller Of(HttpContext context) =>
        context.Items[ItemKey] as Caller ?? throw new InvalidOperationException("The endpoint is not behind the auth filter.");

    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;
}
