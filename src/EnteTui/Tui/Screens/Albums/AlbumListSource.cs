using System.Collections;
using System.Collections.Specialized;
using System.Globalization;
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
    private IReadOnlyList<AlbumInfo> all = [];
    private int[] shown = [];

    public event NotifyCollectionChangedEventHandler? CollectionChanged;

    public event Action? MarksChanged;

    public HashSet<long> Marked { get; } = [];

    public string Filter { get; private set; } = string.Empty;

    public IReadOnlyList<AlbumInfo> All => all;

    public int Count => shown.Length;

    public int MaxItemLength => 1;

    public bool SuspendCollectionChangedEvent { get; set; }

    public AlbumInfo this[int index] => all[shown[index]];

    public IEnumerable<AlbumInfo> Shown => shown.Select(i => all[i]);

    public IEnumerable<AlbumInfo> MarkedAlbums => all.Where(a => Marked.Contains(a.Id));

    public void SetAlbums(IReadOnlyList<AlbumInfo> albums)
    {
        all = albums;
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
            var id = this[index].Id;
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
            var on = mark ?? !Marked.Contains(album.Id);
            if (on)
            {
                Marked.Add(album.Id);
            }
            else
            {
                Marked.Remove(album.Id);
            }
        }

        MarksChanged?.Invoke();
    }

    public bool IsMarked(int item) => item >= 0 && item < shown.Length && Marked.Contains(this[item].Id);

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
        var line = AlbumRow.Render(this[item], IsMarked(item), width);
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
