namespace EnteTui.Core.Import.State;

/// <summary>How far the upload of one distinct content got.</summary>
public enum ContentStage
{
    /// <summary>Objects are stored under recorded keys; `POST /files` may or may not have happened.</summary>
    ObjectsUploaded,

    /// <summary>The file exists on the server with a known id.</summary>
    Created,
}
