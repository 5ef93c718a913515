namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>A running export or upload: sampled by the UI, paused, resumed, stopped cleanly between files.</summary>
public interface ITransferRun
{
    /// <summary>Completes when the run is over (finished, stopped or failed), never faulted.</summary>
    Task Completion { get; }

    /// <summary>Keep watching for changes after the run is up to date (export only).</summary>
    bool Continuous { get; set; }

    bool SupportsContinuous { get; }

    /// <summary>False when the service behind the run cannot hold new files back (pausing is not offered).</summary>
    bool SupportsPause => true;

    TransferSnapshot Snapshot();

    void Pause();

    void Resume();

    /// <summary>Asks the run to stop after the files in flight; <see cref="Completion"/> tells when it has.</summary>
    void Stop();
}
