namespace EnteTui.Core.Api;

/// <summary>
/// A failed Ente request. <see cref="Exception.Message"/> is written for the user and never holds a
/// token, key, password, code or presigned URL query.
/// </summary>
public sealed class EnteApiException : Exception
{
    public EnteApiException(EnteApiErrorKind kind, string message, int? statusCode = null, string? serverCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ServerCode = serverCode;
    }

    public EnteApiErrorKind Kind { get; }

    /// <summary>HTTP status, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The server's <c>code</c> (e.g. <c>EMAIL_MFA_ENABLED</c>, <c>SESSION_NOT_VERIFIED</c>) or <c>error</c> text.</summary>
    public string? ServerCode { get; }
}
