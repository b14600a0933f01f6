using Microsoft.Extensions.Logging;

namespace CodeSearch.Importer.Loading;

internal static partial class ReleaseLoaderLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "{Release}: source '{Path}' not found (neither the zip nor its unpacked folder)")]
    public static partial void ReleaseMissing(ILogger logger, string release, string path);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "{Release}: '{Source}' matches the manifest sha256 {Sha256}")]
    public static partial void ChecksumVerified(ILogger logger, string release, string source, string sha256);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "{Release}: '{Source}' loaded without checksum verification ({Reason})")]
    public static partial void ChecksumNotVerified(ILogger logger, string release, string source, string reason);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "{Progress} from '{Source}' in {ElapsedMs} ms")]
    public static partial void ReleaseLoaded(ILogger logger, string progress, string source, long elapsedMs);
}
