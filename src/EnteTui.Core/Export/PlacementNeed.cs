namespace EnteTui.Core.Export;

/// <summary>What a placement still needs.</summary>
public enum PlacementNeed
{
    /// <summary>Present and current: only the sidecar may need a rewrite.</summary>
    None,

    /// <summary>The content must be written (downloaded, or copied from another album's copy).</summary>
    Content,

    /// <summary>Files at the planned names were found without a record (a crash before the state commit): check, then adopt.</summary>
    Adopt,

    /// <summary>Present with the recorded sizes; <c>--verify-hash</c> asks for a content check.</summary>
    VerifyHash,
}
