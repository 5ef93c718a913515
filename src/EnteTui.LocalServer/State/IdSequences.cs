namespace EnteTui.LocalServer.State;

/// <summary>
/// Stored ID sequences. They start high (user IDs past 2^50, file IDs past 2^32) as on Ente's
/// servers, so a client that keeps IDs in 32-bit or double-precision numbers fails here first.
/// </summary>
internal sealed class IdSequences(ServerDatabase db)
{
    public const long FirstUserId = 1_580_559_962_386_440;
    public const long FirstCollectionId = 2_147_483_700;
    public const long FirstFileId = 4_294_967_400;

    public long NextUserId() => Next("seq:user", FirstUserId);

    public long NextCollectionId() => Next("seq:collection", FirstCollectionId);

    public long NextFileId() => Next("seq:file", FirstFileId);

    public long NextOttId() => Next("seq:ott", 1);

    private long Next(string name, long first)
    {
        var current = db.Meta.FindById(name)?.Number;
        var next = current is { } value ? value + 1 : first;
        db.Meta.Upsert(new MetaRecord { Id = name, Number = next });
        return next;
    }
}
