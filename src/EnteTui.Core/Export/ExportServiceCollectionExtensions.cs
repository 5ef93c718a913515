using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Core.Export;

internal static class ExportServiceCollectionExtensions
{
    internal static IServiceCollection AddExport(this IServiceCollection services) => services.AddSingleton<ExportService>();
}
