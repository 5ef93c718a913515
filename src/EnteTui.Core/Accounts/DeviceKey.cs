namespace EnteTui.Core.Accounts;

/// <summary>
/// The 32-byte key that encrypts stored secrets at rest, kept in <c>device.key</c> (mode 0600, in a
/// 0700 directory) under the config dir. No OS keyring is needed on a headless box.
/// </summary>
public sealed class DeviceKey
{
    public const string FileName = "device.key";

    private readonly object gate = new();
    private byte[]? key;

    public DeviceKey(AppPaths paths) => FilePath = Path.Combine(paths.ConfigDir, FileName);

    public string FilePath { get; }

    public bool Exists => File.Exists(FilePath);

    /// <summary>The key, created on first use. Two processes racing to create it end up with the same one.</summary>
    public byte[] Get()
    {
        lock (gate)
        {
            return key ??= File.Exists(FilePath) ? Read() : Create();
        }
    }

    private byte[] Read()
    {
        OwnerOnlyFiles.RestrictFile(FilePath);
        var bytes = File.ReadAllBytes(FilePath);
        return bytes.Length == CryptoRandom.KeyBytes
            ? bytes
            : throw new AccountException($"The device key {FilePath} is damaged ({bytes.Length} bytes, expected {CryptoRandom.KeyBytes}). Remove it and add the accounts again.");
    }

    private byte[] Create()
    {
        var dir = Path.GetDirectoryName(FilePath)!;
        OwnerOnlyFiles.CreateDirectory(dir);
        var fresh = CryptoRandom.NewKey();
        var temp = Path.Combine(dir, $".{FileName}.{Guid.NewGuid():N}.tmp");
        OwnerOnlyFiles.WriteAllBytes(temp, fresh);
        try
        {
            File.Move(temp, FilePath, overwrite: false);
            return fresh;
        }
        catch (IOException) when (File.Exists(FilePath))
        {
            File.Delete(temp);
            return Read();
        }
    }
}
