namespace EnteTui.LocalServer.Faults;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>429 `{"error":"Rate limit breached, try later"}` with `Retry-After`.</summary>
    TooManyRequests,

    /// <summary>500 `{}`.</summary>
    ServerError,

    /// <summary>The connection is aborted before any answer.</summary>
    ConnectionReset,

    /// <summary>The answer starts normally and the connection is aborted halfway through the body.</summary>
    TruncatedBody,
}
