namespace EnteTui.Core.Api.Wire;

/// <summary>Error body: `{code,message}` from handlers, `{error}` from middlewares (spec §6).</summary>
public sealed class ApiErrorBody
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    public string? Error { get; set; }
}
