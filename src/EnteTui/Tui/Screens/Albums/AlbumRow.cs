using EnteTui.Tui.Shell;

namespace EnteTui.Tui.Screens.Albums;

/// <summary>The columns of one album row, and the matching header; narrow terminals drop the last columns.</summary>
public static class AlbumRow
{
    private const int FilesWidth = 7;
    private const int SizeWidth = 9;
    private const int OwnerWidth = 7;
    private const int FlagsWidth = 3;
    private const int ExportedWidth = 13;

    public static TextLine Header(int width)
    {
        var (showOwner, showExported, nameWidth) = Layout(width);
        var spans = new List<Span>
        {
            new("    " + Cells.Pad("Album", nameWidth), Tone.Muted),
            new(Cells.PadLeft("Files", FilesWidth) + Cells.PadLeft("Size", SizeWidth) + "  ", Tone.Muted),
        };
        if (showOwner)
        {
            spans.Add(new Span(Cells.Pad("Owner", OwnerWidth) + " ", Tone.Muted));
        }

        spans.Add(new Span(Cells.Pad("", FlagsWidth) + " ", Tone.Muted));
        if (showExported)
        {
            spans.Add(new Span(Cells.Pad("Exported", ExportedWidth), Tone.Muted));
        }

        return new TextLine(spans);
    }

    public static TextLine Render(AlbumSummary album, DateTimeOffset? lastRun, bool marked, int width)
    {
        var lastExported = album.ExportedCount > 0 ? lastRun : null;
        var (showOwner, showExported, nameWidth) = Layout(width);
        var spans = new List<Span>
        {
            new(marked ? " ☑  " : " ☐  ", marked ? Tone.Key : Tone.Muted),
            new(Cells.Pad(album.Name, nameWidth)),
            new(Cells.PadLeft(album.FileCount.ToString("N0", Formats.Culture), FilesWidth)),
            new(Cells.PadLeft(Formats.Bytes(album.EncryptedBytes), SizeWidth) + "  ", Tone.Muted),
        };
        if (showOwner)
        {
            spans.Add(new Span(Cells.Pad(album.IsShared ? "shared" : "mine", OwnerWidth) + " ", album.IsShared ? Tone.Warning : Tone.Muted));
        }

        var flags = (album.IsHidden ? "H" : " ") + (album.IsArchived ? "A" : " ") + " ";
        spans.Add(new Span(flags + " ", Tone.Warning));
        if (showExported)
        {
            spans.Add(new Span(Cells.Pad(Exported(album, lastExported), ExportedWidth), lastExported is null ? Tone.Muted : Tone.Success));
        }

        return new TextLine(spans);
    }

    private static string Exported(AlbumSummary album, DateTimeOffset? lastExported) =>
        lastExported is not { } when ? "never"
        : album.ExportedCount > 0 && album.ExportedCount < album.FileCount ? $"{Formats.Count(album.ExportedCount)} of {Formats.Count(album.FileCount)}"
        : Formats.Ago(when);

    private static (bool ShowOwner, bool ShowExported, int NameWidth) Layout(int width)
    {
        var fixedWidth = 4 + FilesWidth + SizeWidth + 2 + FlagsWidth + 1;
        var showOwner = width - fixedWidth - (OwnerWidth + 1) >= 24;
        if (showOwner)
        {
            fixedWidth += OwnerWidth + 1;
        }

        var showExported = width - fixedWidth - ExportedWidth >= 24;
        if (showExported)
        {
            fixedWidth += ExportedWidth;
        }

        return (showOwner, showExported, Math.Max(8, width - fixedWidth - 1));
    }
}
