using LiteDB;

namespace EnteTui.Core.Accounts;

/// <summary>
/// Opens <c>accounts.db</c> (LiteDB, shared mode so a cron export and the TUI can both use it) for one
/// operation at a time. The file is created 0600 inside the 0700 data dir.
/// </summary>
internal sealed class AccountDatabase
{
    public const string FileName = "accounts.db";
    public const string Collection = "accounts";

    private readonly BsonMapper mapper = new();

    public AccountDatabase(AppPaths paths) => FilePath = Path.Combine(paths.DataDir, FileName);

    public string FilePath { get; }

    public T Use<T>(Func<ILiteCollection<AccountDocument>, T> action)
    {
        PrepareFile();
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Shared }, mapper);
            return action(db.GetCollection<AccountDocument>(Collection));
        }
        finally
        {
            RestrictFiles();
        }
    }

    private void PrepareFile()
    {
        OwnerOnlyFiles.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        if (!File.Exists(FilePath))
        {
            // An empty file is a new database to LiteDB; creating it ourselves sets the mode before any data lands.
            OwnerOnlyFiles.WriteAllBytes(FilePath, []);
        }
    }

    private void RestrictFiles()
    {
        foreach (var path in new[] { FilePath, Path.ChangeExtension(FilePath, null) + "-log.db" })
        {
            if (File.Exists(path))
            {
                OwnerOnlyFiles.RestrictFile(path);
            }
        }
    }
}
