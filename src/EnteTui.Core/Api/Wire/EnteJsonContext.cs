namespace EnteTui.Core.Api.Wire;

/// <summary>
/// Source-generated serializers for every wire DTO (no reflection at start-up, shared by the client
/// and the local server); the settings are those of <see cref="EnteJson.Options"/>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(AddFilesRequest))]
[JsonSerializable(typeof(ApiErrorBody))]
[JsonSerializable(typeof(AuthorizationResponse))]
[JsonSerializable(typeof(Collection))]
[JsonSerializable(typeof(CollectionDiffResponse))]
[JsonSerializable(typeof(CollectionFileItem))]
[JsonSerializable(typeof(CollectionMagicMetadataUpdate))]
[JsonSerializable(typeof(CollectionResponse))]
[JsonSerializable(typeof(CollectionUser))]
[JsonSerializable(typeof(CollectionsResponse))]
[JsonSerializable(typeof(CreateCollectionRequest))]
[JsonSerializable(typeof(CreateFileRequest))]
[JsonSerializable(typeof(CreateSrpSessionRequest))]
[JsonSerializable(typeof(CreateSrpSessionResponse))]
[JsonSerializable(typeof(DeleteFromTrashRequest))]
[JsonSerializable(typeof(EnteFile))]
[JsonSerializable(typeof(EnteFileInfo))]
[JsonSerializable(typeof(FileMagicMetadataUpdate))]
[JsonSerializable(typeof(FileMetadataAttributes))]
[JsonSerializable(typeof(FileObjectAttributes))]
[JsonSerializable(typeof(KeyAttributes))]
[JsonSerializable(typeof(MagicMetadataEnvelope))]
[JsonSerializable(typeof(MultipartUploadUrls))]
[JsonSerializable(typeof(MultipartUploadUrlsResponse))]
[JsonSerializable(typeof(RemoveFilesRequest))]
[JsonSerializable(typeof(SendOttRequest))]
[JsonSerializable(typeof(SessionValidityResponse))]
[JsonSerializable(typeof(SrpAttributes))]
[JsonSerializable(typeof(SrpAttributesResponse))]
[JsonSerializable(typeof(TrashDiffResponse))]
[JsonSerializable(typeof(TrashFilesRequest))]
[JsonSerializable(typeof(TrashItem))]
[JsonSerializable(typeof(TrashRequestItem))]
[JsonSerializable(typeof(TwoFactorVerifyRequest))]
[JsonSerializable(typeof(UpdateFileMagicMetadataRequest))]
[JsonSerializable(typeof(UploadUrl))]
[JsonSerializable(typeof(UploadUrlsResponse))]
[JsonSerializable(typeof(VerifyEmailRequest))]
[JsonSerializable(typeof(VerifySrpSessionRequest))]
public sealed partial class EnteJsonContext : JsonSerializerContext
{
}
