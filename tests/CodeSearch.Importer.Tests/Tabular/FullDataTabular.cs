using System.Diagnostics;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.Tests.Tabular;

/// <summary>The FY2023 tabular from the shared mirror, read once (gzipped, as mirrored) and timed.</summary>
public sealed class FullDataTabular
{
    public FullDataTabular()
    {
        var path = XmlInput.Mirror("2023", XmlInput.TabularFile + ".gz");
        var watch = Stopwatch.StartNew();
        using (var stream = XmlSource.Open(path)) List = TabularXmlReader.Read(stream, "FY2023", Path.GetFileName(path));
        ReadTime = watch.Elapsed;
        watch.Restart();
        SevenCharacterCodes = SevenCharacterExpander.Expand(List);
        ExpandTime = watch.Elapsed;
    }

    public TabularList List { get; }

    public TimeSpan ReadTime { get; }

    public IReadOnlyList<SevenCharacterCode> SevenCharacterCodes { get; }

    public TimeSpan ExpandTime { get; }
}
