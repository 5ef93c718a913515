namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>One album's progress within a run.</summary>
public sealed record GroupProgress(string Name, GroupState State, long FilesDone, long FilesTotal, long Failed = 0);
