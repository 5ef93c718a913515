namespace EnteTui.Core.Export;

/// <summary>Another exporter holds the export root.</summary>
public sealed class ExportLockedException(string message) : Exception(message);
