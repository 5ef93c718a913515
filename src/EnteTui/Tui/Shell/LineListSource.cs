using System.Collections;
using System.Collections.Specialized;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Shell;

/// <summary>
/// A list source that renders each item as one styled line. It raises one Reset when the items are
/// replaced and never rescans them, so ListView stays fast with large lists.
/// </summary>
public sealed class LineListSource<T>(TonePainter painter, Func<T, int, TextLine> render) : IListDataSource
{
    private IReadOnlyList<T> items = [];

    public event NotifyCollectionChangedEventHandler? CollectionChanged;

    public IReadOnlyList<T> Items => items;

    public int Count => items.Count;

    public int MaxItemLength => 1;

    public bool SuspendCollectionChangedEvent { get; set; }

    public void SetItems(IReadOnlyList<T> newItems)
    {
        items = newItems;
        if (!SuspendCollectionChangedEvent)
        {
            CollectionChanged?.Invoke(this, new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Reset));
        }
    }

    public bool IsMarked(int item) => false;

    public void SetMark(int item, bool value)
    {
    }

    public bool RenderMark(ListView listView, int item, int row, bool isMarked, bool markMultiple) => true;

    public void Render(ListView listView, bool selected, int item, int col, int row, int width, int viewportX)
    {
        var line = item < items.Count ? render(items[item], width) : TextLine.Empty;
        painter.Paint(listView, col, row, width, line, force: selected && listView.HasFocus ? Tone.Selected : null);
    }

    public IList ToList() => items as IList ?? items.ToList();

    public void Dispose()
    {
    }
}
