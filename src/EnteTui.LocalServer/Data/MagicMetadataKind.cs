namespace EnteTui.LocalServer.Data;

/// <summary>Which magic metadata an update replaces.</summary>
internal enum MagicMetadataKind
{
    /// <summary>Owner-private `magicMetadata`.</summary>
    Private,

    /// <summary>`pubMagicMetadata`.</summary>
    Public,

    /// <summary>A sharee's `sharedMagicMetadata`.</summary>
    Sharee,
}
