namespace EnteTui.Core.Import.Upload;

/// <summary>What happened to one group: contents uploaded now, contents that were already there.</summary>
internal readonly record struct GroupOutcome(int Uploaded, int AlreadyPresent);
