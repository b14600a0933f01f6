using Microsoft.Extensions.Logging;

namespace CodeSearch.Importer.Fetching;

internal static partial class SourceFetcherLog
{
    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "{Release}: '{Path}' already present with the expected sha256")]
    public static partial void AlreadyPresent(ILogger logger, string release, string path);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "{Release}: '{Path}' has sha256 {Actual}, not {Expected}; downloading it again")]
    public static partial void ReplacingMismatched(ILogger logger, string release, string path, string actual, string expected);

    [LoggerMessage(EventId = 113, Level = LogLevel.Information, Message = "{Release}: downloading {Url}")]
    public static partial void Downloading(ILogger logger, string release, Uri url);

    [LoggerMessage(EventId = 114, Level = LogLevel.Information, Message = "{Release}: saved '{Path}' ({SizeBytes} bytes, sha256 verified) in {ElapsedMs} ms")]
    public static partial void Downloaded(ILogger logger, string release, string path, long sizeBytes, long elapsedMs);
}
