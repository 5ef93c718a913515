namespace EnteTui.Core.Api;

/// <summary>What went wrong with an Ente request, for callers that react to the kind rather than the text.</summary>
public enum EnteApiErrorKind
{
    /// <summary>DNS failure, connection refused or reset, TLS failure: the server was not reached.</summary>
    Unreachable,

    /// <summary>No response within the attempt timeout.</summary>
    Timeout,

    BadRequest,

    /// <summary>401: token missing, invalid or expired (or, during login, a wrong password or code).</summary>
    Unauthorized,

    /// <summary>402: no active subscription.</summary>
    SubscriptionRequired,

    Forbidden,

    NotFound,

    /// <summary>409: version mismatch, file in trash, email MFA enabled, already exists.</summary>
    Conflict,

    /// <summary>410: expired code or session, too many tries, deleted user.</summary>
    Gone,

    /// <summary>413: file or batch too large.</summary>
    TooLarge,

    /// <summary>426: storage quota exceeded (not "upgrade the app").</summary>
    StorageFull,

    /// <summary>429 after every retry.</summary>
    RateLimited,

    ServerError,

    /// <summary>A 2xx answer whose body could not be read as the expected JSON.</summary>
    InvalidResponse,

    /// <summary>Any other status.</summary>
    Other,
}
