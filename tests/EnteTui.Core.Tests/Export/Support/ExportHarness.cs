using System.Security.Cryptography;
using EnteTui.Core.Export;
using EnteTui.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnteTui.Core.Tests.Export.Support;

/// <summary>An <see cref="ExportService"/> over a <see cref="FakeEnteLibrary"/>, with its own state and export folders.</summary>
internal sealed class ExportHarness : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("ente-export-").FullName;
    private readonly TimeProvider time;

    public ExportHarness(FakeEnteLibrary? library = null, TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        Library = library ?? new FakeEnteLibrary();
        Root = Path.Combine(home, "export");
        Service = NewService();
    }

    public FakeEnteLibrary Library { get; }

    public string Root { get; }

    public ExportService Service { get; private set; }

    public ExportSession Session => new(Library.UserId, Library.Keys, Library);

    public ExportOptions Options(Func<ExportOptions, ExportOptions>? change = null) =>
        (change ?? (o => o))(new ExportOptions { Root = Root, RetryDelay = TimeSpan.FromMilliseconds(1) });

    public Task<ExportResult> RunAsync(Func<ExportOptions, ExportOptions>? change = null, CancellationToken cancellationToken = default) =>
        Service.RunAsync(Session, Options(change), null, null, cancellationToken);

    /// <summary>A fresh service over the same state (what a new process sees).</summary>
    public void Restart()
    {
        Service.Dispose();
        Service = NewService();
    }

    /// <summary>Every file under the root except `.ente-tui/`: relative path → SHA-256 of the bytes.</summary>
    public static SortedDictionary<string, string> Tree(string root)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!relative.StartsWith(".ente-tui/", StringComparison.Ordinal))
            {
                tree[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))[..16];
            }
        }

        return tree;
    }

    public SortedDictionary<string, string> Tree() => Tree(Root);

    public void Dispose()
    {
        Service.Dispose();
        Directory.Delete(home, recursive: true);
    }

    private ExportService NewService() =>
        new(new AppPaths(Path.Combine(home, "config"), Path.Combine(home, "data"), Path.Combine(home, "state")), time, NullLoggerFactory.Instance);
}
