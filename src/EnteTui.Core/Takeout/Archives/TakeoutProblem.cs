namespace EnteTui.Core.Takeout.Archives;

/// <summary>Something wrong with a part or one of its entries; never fatal. <see cref="Part"/> is 1-based.</summary>
public sealed record TakeoutProblem(int? Part, string? Entry, string Message);
