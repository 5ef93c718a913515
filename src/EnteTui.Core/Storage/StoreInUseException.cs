namespace EnteTui.Core.Storage;

/// <summary>Another ente-tui process has a state file open (e.g. the TUI while a cron export starts).</summary>
public sealed class StoreInUseException(string message) : IOException(message);
