namespace EnteTui.LocalServer.Http;

/// <summary>
/// The result of a write that may fail after recording something (a wrong attempt), so the
/// transaction commits and the error is thrown afterwards.
/// </summary>
internal readonly record struct Outcome<T>(T? Value, ApiException? Error)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(ApiException error) => new(default, error);

    public T Unwrap() => Error is null ? Value! : throw Error;
}
