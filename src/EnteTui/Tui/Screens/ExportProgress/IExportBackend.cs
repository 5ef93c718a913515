namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>Starts exports for the progress screen.</summary>
public interface IExportBackend
{
    ITransferRun Start(ExportRequest request);
}
