using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using EnteTui.Core.Crypto;
using EnteTui.Core.Media;

namespace EnteTui.Benchmarks;

/// <summary>
/// `import --sets steps`: where an import's time goes for one 12 MP photo of the camera set, in this
/// process, one step at a time: inflating its zip entry (SharpCompress's managed Deflate, as the scan
/// reads; System.IO.Compression, as the import reads), the BLAKE2b hash, the thumbnail, the encryption.
/// Each step's median wall and CPU time over <see cref="Runs"/> repetitions, after one warm-up.
/// </summary>
internal static class CameraImportSteps
{
    private const int Runs = 15;

    public static void Run(string work)
    {
        var jpeg = CameraTakeout.CameraJpeg();
        var zipPath = Path.Combine(work, "steps.zip");
        using (var zip = new ZipArchive(File.Create(zipPath), ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("PXL_00000.jpg", CompressionLevel.Fastest).Open())
        {
            entry.Write(jpeg);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Steps of one 12 MP photo ({jpeg.Length / 1e6:0.0} MB, zip entry {new FileInfo(zipPath).Length / 1e6:0.0} MB), median of {Runs}, load {LoadAverage.Now()}:"));
        var buffer = new byte[64 * 1024];
        Step("inflate, SharpCompress (managed Deflate)", () =>
        {
            using var file = File.OpenRead(zipPath);
            using var archive = SharpCompress.Archives.Zip.ZipArchive.OpenArchive(file);
            using var stream = archive.Entries.First().OpenEntryStream();
            Drain(stream, buffer);
        });
        Step("inflate, System.IO.Compression (zlib)", () =>
        {
            using var archive = ZipFile.OpenRead(zipPath);
            using var stream = archive.Entries[0].Open();
            Drain(stream, buffer);
        });
        Step("hash (BLAKE2b-512)", () => ContentHash.Compute(jpeg));
        Step("thumbnail (SkiaSharp, 1/4-scale decode)", () => Thumbnailer.FromImage(jpeg, "PXL_00000.jpg"));
        var key = CryptoRandom.NewKey();
        var output = new byte[jpeg.Length + 1024];
        Step("encrypt (secretstream, 4 MiB chunks)", () =>
        {
            using var encryptor = SecretStreamEncryptor.Create(key);
            var written = 0;
            for (var at = 0; at < jpeg.Length; at += FileCipher.PlainChunkSize)
            {
                var length = Math.Min(FileCipher.PlainChunkSize, jpeg.Length - at);
                written += encryptor.Push(jpeg.AsSpan(at, length), at + length >= jpeg.Length, output.AsSpan(written));
            }
        });
    }

    private static void Drain(Stream stream, byte[] buffer)
    {
        while (stream.Read(buffer) > 0)
        {
        }
    }

    private static void Step(string name, Action step)
    {
        step();
        var walls = new List<double>();
        var cpus = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            step();
            walls.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-42} wall {Median.Of(walls),6:0.0} ms  CPU {Median.Of(cpus),6:0.0} ms"));
    }
}
