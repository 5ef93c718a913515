using System.Net;
using EnteTui.LocalServer.Admin;
using EnteTui.LocalServer.Auth;
using EnteTui.LocalServer.Endpoints;
using EnteTui.LocalServer.Faults;
using EnteTui.LocalServer.RateLimits;
using EnteTui.LocalServer.Traffic;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EnteTui.LocalServer.Hosting;

/// <summary>Builds the ASP.NET Core application: Kestrel on 127.0.0.1, middleware, routes.</summary>
internal static class ServerApp
{
    public static WebApplication Build(LocalServerOptions options, ServerComponents components)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = components.DataDirectory,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                if (options.SocketSendBufferBytes is { } bytes)
                {
                    listen.Use(next => connection =>
                    {
                        connection.Features.Get<IConnectionSocketFeature>()!.Socket.SendBufferSize = bytes;
                        return next(connection);
                    });
                }
            });
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);

        // ASP.NET Core logs raw request URLs (with `?token=` and signatures) and Kestrel echoes bad request
        // lines; only warnings and errors get through from there, and RequestLogging writes the scrubbed line.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services
            .AddSingleton(components)
            .AddSingleton(components.Database)
            .AddSingleton(components.Objects)
            .AddSingleton(components.Signer)
            .AddSingleton(components.Settings)
            .AddSingleton(components.Faults)
            .AddSingleton(components.Time)
            .AddSingleton(components.RateLimiter)
            .AddSingleton(components.Stats)
            .AddSingleton(components.Traffic)
            .AddSingleton(sp => new ServerNotices(options.Output, sp.GetRequiredService<ILogger<ServerNotices>>()));

        // museum (gin) gzips JSON when the client accepts it; object downloads stay uncompressed, as from S3.
        builder.Services.AddResponseCompression(compression => compression.MimeTypes = ["application/json"]);
        var app = builder.Build();
        app.UseMiddleware<RequestLogging>();
        app.UseResponseCompression();
        app.UseMiddleware<TrafficMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<ApiExceptionMiddleware>();
        app.UseMiddleware<DownloadTokenWatch>();
        app.UseMiddleware<AuthRateLimitMiddleware>();
        UserEndpoints.Map(app);
        CollectionEndpoints.Map(app);
        FileEndpoints.Map(app);
        TrashEndpoints.Map(app);
        BlobEndpoints.Map(app);
        if (options.EnableAdminApi)
        {
            AdminEndpoints.Map(app);
        }

        return app;
    }
}
