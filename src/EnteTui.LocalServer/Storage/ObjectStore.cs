using System.Security.Cryptography;

namespace EnteTui.LocalServer.Storage;

/// <summary>
/// The blob folder: one file per object key. Writes go to a temp file and are renamed into place,
/// so an interrupted upload never leaves a partial object behind.
/// </summary>
internal sealed class ObjectStore
{
    private readonly string root;
    private readonly string multipartRoot;

    public ObjectStore(string root)
    {
        this.root = root;
        multipartRoot = Path.Combine(root, ".multipart");
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(multipartRoot);
    }

    /// <summary>The stored size, or null when there is no such object.</summary>
    public long? SizeOf(string objectKey)
    {
        var info = new FileInfo(PathOf(objectKey));
        return info.Exists ? info.Length : null;
    }

    public bool Exists(string objectKey) => File.Exists(PathOf(objectKey));

    public string PathOf(string objectKey)
    {
        if (!ObjectKeys.IsValid(objectKey))
        {
            throw new ArgumentException("Not an object key this server handed out.", nameof(objectKey));
        }

        return Path.Combine(root, objectKey.Replace('/', Path.DirectorySeparatorChar));
    }

    public FileStream OpenRead(string objectKey) => new(PathOf(objectKey), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, useAsync: true);

    public async Task<long> WriteAsync(string objectKey, Stream content, CancellationToken cancellationToken)
    {
        var target = PathOf(objectKey);
        return await WriteAtomicallyAsync(target, content, cancellationToken);
    }

    /// <summary>Lets <paramref name="write"/> fill a temp file that then becomes the object; returns its size.</summary>
    public Task<long> WriteWithAsync(string objectKey, Func<FileStream, Task> write) => WriteAtomicallyAsync(PathOf(objectKey), write);

    public void Write(string objectKey, byte[] content) => WriteAsync(objectKey, new MemoryStream(content), CancellationToken.None).GetAwaiter().GetResult();

    public void Delete(string objectKey) => File.Delete(PathOf(objectKey));

    /// <summary>Stores one part of a multipart upload and returns its ETag (quoted MD5 hex, as S3).</summary>
    public async Task<string> WritePartAsync(string uploadId, int partNumber, Stream content, CancellationToken cancellationToken)
    {
        var target = PartPath(uploadId, partNumber);
        await WriteAtomicallyAsync(target, content, cancellationToken);
        await using var stream = File.OpenRead(target);
        return EtagOf(await MD5.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Joins the listed parts in order into the object; false when a part is missing or its ETag differs.</summary>
    public async Task<bool> CompleteMultipartAsync(string objectKey, string uploadId, IReadOnlyList<(int PartNumber, string ETag)> parts, CancellationToken cancellationToken)
    {
        foreach (var (partNumber, etag) in parts)
        {
            var path = PartPath(uploadId, partNumber);
            if (!File.Exists(path))
            {
                return false;
            }

            await using var stream = File.OpenRead(path);
            if (EtagOf(await MD5.HashDataAsync(stream, cancellationToken)) != etag)
            {
                return false;
            }
        }

        await WriteAtomicallyAsync(PathOf(objectKey), async file =>
        {
            foreach (var (partNumber, _) in parts)
            {
                await using var part = File.OpenRead(PartPath(uploadId, partNumber));
                await part.CopyToAsync(file, 1 << 20, cancellationToken);
            }
        });

        Directory.Delete(Path.Combine(multipartRoot, uploadId), recursive: true);
        return true;
    }

    private static string EtagOf(byte[] md5) => $"\"{Convert.ToHexStringLower(md5)}\"";

    private static Task<long> WriteAtomicallyAsync(string target, Stream content, CancellationToken cancellationToken) =>
        WriteAtomicallyAsync(target, file => content.CopyToAsync(file, 1 << 20, cancellationToken));

    private static async Task<long> WriteAtomicallyAsync(string target, Func<FileStream, Task> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            long length;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(file);
                length = file.Length;
            }

            File.Move(temp, target, overwrite: true);
            return length;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private string PartPath(string uploadId, int partNumber)
    {
        if (!Guid.TryParseExact(uploadId, "N", out _) || partNumber is < 1 or > 10_000)
        {
            throw new ArgumentException("Not a multipart upload this server handed out.");
        }

        return Path.Combine(multipartRoot, uploadId, partNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
