using EnteTui.Core.Accounts;

namespace EnteTui.Core.Export;

/// <summary>A logged-in account as the export sees it: its keys and its API.</summary>
public sealed record ExportSession(AccountKeys Keys, ILibraryApi Api)
{
    public static ExportSession From(AccountSession session) =>
        new(session.Keys, new ApiLibrarySource(session.Api));
}
