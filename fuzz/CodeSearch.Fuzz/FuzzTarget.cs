namespace CodeSearch.Fuzz;

/// <summary>
/// One thing to fuzz: <see cref="Run"/> takes the raw input; an exception <see cref="IsExpected"/> accepts is the
/// parser's documented rejection of bad input, anything else is a crash.
/// </summary>
internal sealed record FuzzTarget(
    string Name,
    string Description,
    Action<byte[]> Run,
    Func<Exception, bool> IsExpected,
    IReadOnlyList<byte[]> Seeds,
    IReadOnlyList<string> Tokens)
{
    /// <summary>Runs one input; returns the unexpected exception, or null when it was handled as documented.</summary>
    public Exception? Execute(byte[] input)
    {
        try
        {
            Run(input);
            return null;
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
