namespace EnteTui.Core.Tests.Support;

/// <summary>An <see cref="IProgress{T}"/> that hands each report on at once, on the reporting thread (unlike <see cref="Progress{T}"/>, which posts it).</summary>
public sealed class SynchronousProgress<T>(Action<T> onReport) : IProgress<T>
{
    public void Report(T value) => onReport(value);
}
