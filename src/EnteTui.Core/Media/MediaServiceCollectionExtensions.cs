using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnteTui.Core.Media;

internal static class MediaServiceCollectionExtensions
{
    /// <summary>The thumbnailer; ffmpeg is looked up on PATH unless the host registered <see cref="MediaToolOptions"/> first.</summary>
    internal static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.TryAddSingleton(MediaToolOptions.FromPath);
        services.AddSingleton<FfmpegTools>();
        services.AddSingleton<Thumbnailer>();
        return services;
    }
}
