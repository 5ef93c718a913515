using EnteTui.Core.Import.Metadata;
using EnteTui.Core.Import.State;

namespace EnteTui.Core.Import.Upload;

/// <summary>The shared parts of one import run, handed to every worker.</summary>
internal sealed record ImportContext(
    IImportSource Source,
    IImportTarget Target,
    ObjectUploader Uploader,
    AlbumResolver Albums,
    DedupeIndex Dedupe,
    ImportStateStore State,
    KeyedLock Locks,
    MetadataBuilder Metadata,
    ImportOptions Options,
    ProgressTracker Progress,
    PartGates Gates,
    Thumbnailer Thumbnailer);
