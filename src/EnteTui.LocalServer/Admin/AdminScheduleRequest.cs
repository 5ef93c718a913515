using EnteTui.LocalServer.Faults;

namespace EnteTui.LocalServer.Admin;

/// <summary>Body of `POST /__admin/faults/schedule`: kind is TooManyRequests, ServerError, ConnectionReset or TruncatedBody.</summary>
internal sealed class AdminScheduleRequest
{
    public string Kind { get; set; } = nameof(FaultKind.ServerError);

    public string PathPrefix { get; set; } = "/";

    public int Count { get; set; } = 1;
}
