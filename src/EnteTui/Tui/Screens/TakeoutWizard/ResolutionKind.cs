namespace EnteTui.Tui.Screens.TakeoutWizard;

public enum ResolutionKind
{
    /// <summary>Use the chosen sidecar.</summary>
    Sidecar,

    /// <summary>Import without a sidecar, with the fallback date (EXIF, name, year folder).</summary>
    Fallback,

    /// <summary>Do not import this file.</summary>
    Skip,
}
