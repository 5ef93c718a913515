namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>The state of one album within a run.</summary>
public enum GroupState
{
    Waiting,
    Running,
    Done,
    Failed,
}
