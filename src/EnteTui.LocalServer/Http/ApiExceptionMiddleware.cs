using Microsoft.Extensions.Logging;

namespace EnteTui.LocalServer.Http;

/// <summary>Turns an <see cref="ApiException"/> into its status and body; anything else into 500 `{}`.</summary>
internal sealed class ApiExceptionMiddleware(RequestDelegate next, ILogger<ApiExceptionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiException e) when (!context.Response.HasStarted)
        {
            logger.LogInformation("{Method} {Path} -> {Status} ({Reason})", context.Request.Method, context.Request.Path, e.Status, e.Message);
            context.Response.Clear();
            foreach (var (name, value) in e.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await JsonResponses.WriteAsync(context, e.Status, e.Body);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            logger.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await JsonResponses.WriteAsync(context, StatusCodes.Status500InternalServerError, new System.Text.Json.Nodes.JsonObject());
        }
    }
}
