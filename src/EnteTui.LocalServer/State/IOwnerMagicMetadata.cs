namespace EnteTui.LocalServer.State;

/// <summary>A record with its owner's private and public magic metadata and an update time (collections, files).</summary>
internal interface IOwnerMagicMetadata
{
    MagicMetadataEnvelope? MagicMetadata { get; set; }

    MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    long UpdationTime { get; set; }
}
