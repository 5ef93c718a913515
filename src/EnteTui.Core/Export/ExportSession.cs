using EnteTui.Core.Accounts;

namespace EnteTui.Core.Export;

/// <summary>A logged-in account as the export sees it: its user id, its keys and its API.</summary>
public sealed record ExportSession(long UserId, AccountKeys Keys, ILibraryApi Api)
{
    public static ExportSession From(AccountSession session) =>
        new(session.UserId, session.Keys, new ApiLibrarySource(session.Api));

    public CollectionKeyRing KeyRing() => new(UserId, Keys);
}
