using SharpFuzz;

namespace CodeSearch.Fuzz;

/// <summary>
/// The same targets for coverage-guided fuzzers, once the assemblies are instrumented with the sharpfuzz tool
/// (docs/operations.md#fuzzing). Expected (documented) exceptions are swallowed; any other escapes and is the crash.
/// </summary>
internal static class SharpFuzzEntry
{
    public static int RunAfl(FuzzTarget target)
    {
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Rethrow(target.Execute(buffer.ToArray()));
        });
        return 0;
    }

    public static int RunLibFuzzer(FuzzTarget target)
    {
        Fuzzer.LibFuzzer.Run(span => Rethrow(target.Execute(span.ToArray())));
        return 0;
    }

    private static void Rethrow(Exception? unexpected)
    {
        if (unexpected is not null) throw new UnexpectedException(unexpected);
    }

    private sealed class UnexpectedException(Exception inner) : Exception("Unexpected exception from a fuzz target", inner);
}
