using System.Text;
using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Reference;
using CodeSearch.Fuzz.Seeds;
using CodeSearch.Importer.AlphabeticIndex;
using CodeSearch.Importer.Cpt;
using CodeSearch.Importer.Hcpcs;
using CodeSearch.Importer.Icd10;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Fuzz;

/// <summary>
/// Every fuzz target. The importers document <see cref="SourceDataException"/> as their only failure for bad files;
/// the text targets document none. Text files are decoded leniently (the loader's strict UTF-8 check is not the subject);
/// XML goes in as bytes, as the loader gives it.
/// </summary>
internal static class Targets
{
    private static readonly string[] FixedWidthTokens =
        ["\r\n", "\n", "     ", "0", "1", " 0 ", " 1 ", "Add:         ", "Delete:      ", "Revise from: ", "Revise to:   ", "Q99", "0Z9", "X1", "3", "4", "7", "8", "20260101", "99999999", "N", "D"];

    private static readonly string[] XmlTokens =
    [
        "<diag>", "</diag>", "<name>", "</name>", "<desc>", "</desc>", "<note>", "</note>", "<section id=\"A\">", "</section>", "<chapter>",
        "</chapter>", "<sevenChrDef>", "<extension char=\"A\">", "</extension>", "<mainTerm>", "</mainTerm>", "<term level=\"1\">",
        "<term level=\"2\">", "</term>", "<title>", "</title>", "<nemod>", "</nemod>", "<code>", "</code>", "<see>", "</see>",
        "<cell col=\"2\">", "<cell col=\"99\">", "</cell>", "<head col=\"1\">", "<indexHeading>", "&amp;", "&lt;", "&#0;", "&#xD800;",
        "<![CDATA[x]]>", "<!DOCTYPE x [<!ENTITY e \"y\">]>", "&e;", "<?pi x?>", "<!-- c -->", " xmlns=\"urn:x\"", "(E08.-)", "(A00-B99)", ".-", "--",
    ];

    private static readonly string[] NoteTokens =
    [
        "HTN", "T2DM", "denies", "no", "history of", "mother", "possible", "r/o", "HPI:", "PMH:", "FH:", "A&P:", "Assessment:", "\n", "\r\n",
        ". ", ", ", "1.", "-", "(", ")", "\u0301", "\u200B", "\u202E", "\uFEFF", "\0", "ﬁ", "İ", "\uD83D\uDE00",
    ];

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        Importer("order-file", "ICD-10-CM or -PCS order file, then the release builder (parents)", input => EitherSystem(system =>
                OrderReleaseBuilder.Build(system, "FY2026", OrderFileReader.Read(Text(input), system, "fuzz.txt"), null)),
            [FixedWidthSeeds.CmOrderFile(), FixedWidthSeeds.PcsOrderFile()], FixedWidthTokens),
        Importer("addenda", "ICD-10-CM or -PCS order addenda, then the release builder against the seed order file", input => EitherSystem(system =>
            {
                var order = system == CodeSystemId.Icd10Cm ? FixedWidthSeeds.CmOrderFile() : FixedWidthSeeds.PcsOrderFile();
                var rows = OrderFileReader.Read(Text(order), system, "seed.txt");
                OrderReleaseBuilder.Build(system, "FY2026", rows, OrderAddendaReader.Read(Text(input), system, "fuzz.txt"));
            }),
            [FixedWidthSeeds.CmAddenda(), FixedWidthSeeds.PcsAddenda()], FixedWidthTokens),
        Importer("hcpcs", "HCPCS Level II fixed-width record file", input => HcpcsRecordReader.Read(Text(input), "2026-01", "fuzz.txt"),
            [FixedWidthSeeds.Hcpcs()], FixedWidthTokens),
        Importer("cpt-csv", "licensee CPT CSV (docs/cpt-format.md)", input => CptCsvReader.Read(Text(input), "2026", "fuzz.csv"),
            [FixedWidthSeeds.CptCsv()], [",", "\"", "\"\"", "\r\n", "\n", "code,short_description,long_description", "99990", "ZZ"]),
        Importer("tabular-xml", "ICD-10-CM Tabular List XML, then the 7th-character expansion", input =>
                SevenCharacterExpander.Expand(TabularXmlReader.Read(new MemoryStream(input), "FY2026", "fuzz.xml")),
            [XmlSeeds.Tabular()], XmlTokens),
        Importer("index-xml", "Alphabetic and External Cause Index XML, then see-reference resolution", input => Index(input, AlphabeticIndexKind.Diseases),
            [XmlSeeds.DiseaseIndex()], XmlTokens),
        Importer("table-xml", "Neoplasm and Drug table XML (column headings and cells), then see-reference resolution",
            input => Index(input, AlphabeticIndexKind.Neoplasms), [XmlSeeds.NeoplasmTable(), XmlSeeds.DrugTable()], XmlTokens),
        new("note-references", "codes named in Tabular List note text ((E08.-), ranges, lists)",
            input => NoteReferenceParser.Parse(Encoding.UTF8.GetString(input)), _ => false, NoteSeeds.TabularNoteTexts(),
            ["(", ")", ".-", "-", " to ", ", ", "; ", " and ", "A00", "Z99.9", "E08.0", "."]),
        new("note", "the note pipeline with the learned model: evidence inside the note and quoting it, scores in [0, 1]",
            NoteTarget.Run, _ => false, NoteSeeds.Notes(), NoteTokens),
    ];

    private static FuzzTarget Importer(string name, string description, Action<byte[]> run, IReadOnlyList<byte[]> seeds, IReadOnlyList<string> tokens) =>
        new(name, description, run, ex => ex is SourceDataException, seeds, tokens);

    private static StringReader Text(byte[] input) => new(Encoding.UTF8.GetString(input));

    /// <summary>Reads the input as ICD-10-CM and as ICD-10-PCS; rejected only when both reject it.</summary>
    private static void EitherSystem(Action<CodeSystemId> read)
    {
        SourceDataException? rejected = null;
        foreach (var system in new[] { CodeSystemId.Icd10Cm, CodeSystemId.Icd10Pcs })
        {
            try
            {
                read(system);
                return;
            }
            catch (SourceDataException ex)
            {
                rejected = ex;
            }
        }
        throw rejected!;
    }

    private static void Index(byte[] input, AlphabeticIndexKind kind)
    {
        var entries = AlphabeticIndexXmlReader.Read(new MemoryStream(input), kind, "FY2026", "fuzz.xml");
        var resolver = new SeeReferenceResolver(entries);
        foreach (var entry in entries)
        {
            if (entry.See is { } see) resolver.Resolve(see);
            if (entry.SeeAlso is { } seeAlso) resolver.Resolve(seeAlso);
        }
    }
}
