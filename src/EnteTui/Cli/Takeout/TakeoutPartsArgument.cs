namespace EnteTui.Cli.Takeout;

/// <summary>The PART... argument of `takeout scan` and `takeout import`: each must be an existing file or folder.</summary>
internal static class TakeoutPartsArgument
{
    public static Argument<string[]> Create()
    {
        var parts = new Argument<string[]>("PART") { Description = "Takeout parts: .zip / .tgz files or extracted folders, in any order.", Arity = ArgumentArity.OneOrMore };
        parts.Validators.Add(result =>
        {
            var missing = result.Tokens.Select(t => t.Value).FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                result.AddError($"no such file or folder: {missing}");
            }
        });
        return parts;
    }
}
