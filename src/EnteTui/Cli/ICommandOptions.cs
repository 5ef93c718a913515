namespace EnteTui.Cli;

/// <summary>A command's arguments and options: added to the command, then read and checked into one request.</summary>
internal interface ICommandOptions<TRequest>
{
    void AddTo(Command command);

    /// <summary>False with the one-line <paramref name="problem"/> when the arguments are bad (exit 2).</summary>
    bool TryRead(ParseResult parse, out TRequest request, out string problem);
}
