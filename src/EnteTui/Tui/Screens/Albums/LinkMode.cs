namespace EnteTui.Tui.Screens.Albums;

/// <summary>How a file that is in several albums is stored (<c>--link</c>).</summary>
public enum LinkMode
{
    Copy,
    Hardlink,
}
