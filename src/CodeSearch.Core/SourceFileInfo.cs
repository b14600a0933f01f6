namespace CodeSearch.Core;

/// <summary>An official file a release was read from.</summary>
/// <param name="FileName">Official file name, e.g. "icd10cm-Code Descriptions-2026.zip".</param>
/// <param name="Sha256">Lower-case hex sha256 of the file as read; for an unpacked folder, of its files' contents in name order (no official checksum).</param>
/// <param name="SizeBytes">Size of the file.</param>
/// <param name="Members">Members read from it.</param>
public sealed record SourceFileInfo(string FileName, string Sha256, long SizeBytes, IReadOnlyList<string> Members);
