using System.Collections;
using System.Collections.Specialized;
using EnteTui.Tui.Shell;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Screens.Albums;

/// <summary>
/// The album list behind the ListView: all albums, the filtered view of them, and the marks (by
/// album id, so they survive filtering and reloads). Filtering rebuilds an index array and raises
/// one Reset; nothing per row, so ten thousand albums stay smooth.
/// </summary>
public sealed class AlbumListSource(TonePainter painter) : IListDataSource
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private IReadOnlyList<AlbumSummary> all = [];
    private int[] shown = [];

    public event NotifyCollectionChangedEventHandler? CollectionChanged;

    public event Action? MarksChanged;

    public HashSet<long> Marked { get; } = [];

    public string Filter { get; private set; } = string.Empty;

    public IReadOnlyList<AlbumSummary> All => all;

    /// <summary>When the export folder's last run finished (null: never); an album with exported files shows it.</summary>
    public DateTimeOffset? LastRun { get; private set; }

    public int Count => shown.Length;

    public int MaxItemLength => 1;

    public bool SuspendCollectionChangedEvent { get; set; }

    public AlbumSummary this[int index] => all[shown[index]];

    public IEnumerable<AlbumSummary> Shown => shown.Select(i => all[i]);

    public IEnumerable<AlbumSummary> MarkedAlbums => all.Where(a => Marked.Contains(a.CollectionId));

    public void SetAlbums(IReadOnlyList<AlbumSummary> albums, DateTimeOffset? lastRun)
    {
        all = albums;
        LastRun = lastRun;
        ApplyFilter(Filter);
    }

    public void ApplyFilter(string text)
    {
        Filter = text.Trim();
        var options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        shown = Enumerable.Range(0, all.Count)
            .Where(i => Filter.Length == 0 || Compare.IndexOf(all[i].Name, Filter, options) >= 0)
            .ToArray();
        Changed();
    }

    public void Toggle(int index)
    {
        if (index >= 0 && index < shown.Length)
        {
            var id = this[index].CollectionId;
            if (!Marked.Remove(id))
            {
                Marked.Add(id);
            }

            MarksChanged?.Invoke();
        }
    }

    /// <summary>Marks, unmarks or inverts the albums currently shown (the filter narrows bulk actions).</summary>
    public void MarkShown(bool? mark)
    {
        foreach (var album in Shown)
        {
            var on = mark ?? !Marked.Contains(album.CollectionId);
            if (on)
            {
                Marked.Add(album.CollectionId);
            }
            else
            {
                Marked.Remove(album.CollectionId);
            }
        }

        MarksChanged?.Invoke();
    }

    public bool IsMarked(int item) => item >= 0 && item < shown.Length && Marked.Contains(this[item].CollectionId);

    public void SetMark(int item, bool value)
    {
        if (IsMarked(item) != value)
        {
            Toggle(item);
        }
    }

    public bool RenderMark(ListView listView, int item, int row, bool isMarked, bool markMultiple) => true;

    public void Render(ListView listView, bool selected, int item, int col, int row, int width, int viewportX)
    {
        var line = AlbumRow.Render(this[item], LastRun, IsMarked(item), width);
        painter.Paint(listView, col, row, width, line, force: selected && listView.HasFocus ? Tone.Selected : null);
    }

    public IList ToList() => shown.Select(i => all[i].Name).ToList();

    public void Dispose()
    {
    }

    private void Changed()
    {
        if (!SuspendCollectionChangedEvent)
        {
            CollectionChanged?.Invoke(this, new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Reset));
        }
    }
}
