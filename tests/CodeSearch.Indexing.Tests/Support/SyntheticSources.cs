using System.Text;

namespace CodeSearch.Indexing.Tests.Support;

/// <summary>
/// A generated ICD-10-CM order file in the official layout (invented codes "A00".."Z99" with children and invented
/// descriptions, nothing taken from an official file) and a manifest naming it: 28,600 entries, enough for an
/// index build to run for a few seconds, so a test can kill the build part-way through.
/// </summary>
internal static class SyntheticSources
{
    /// <summary>
    /// Entries written: per category one header and ten subcategories, each with two billable codes (the order file
    /// numbers its lines in five digits: at most 99,999). Enough that the index writer holds its lock long enough for a
    /// test to catch it on a fast machine (with a third as many, a build once ended between two 5 ms polls).
    /// </summary>
    public const int Entries = 26 * 100 * (1 + Subcategories * (1 + CodesPerSubcategory));

    private const int Subcategories = 10;
    private const int CodesPerSubcategory = 2;

    private static readonly string[] Words =
    [
        "acute", "chronic", "recurrent", "left", "right", "bilateral", "upper", "lower", "anterior", "posterior", "fracture",
        "infection", "lesion", "disorder", "syndrome", "injury", "neoplasm", "ulcer", "stenosis", "deficiency", "arm", "leg",
        "kidney", "liver", "lung", "heart", "skin", "bone", "joint", "nerve", "initial", "subsequent", "encounter", "with",
        "without", "complication", "unspecified", "other", "specified", "mild", "moderate", "severe", "obstruction", "pain",
    ];

    /// <summary>Writes the order file and manifest under <paramref name="root"/>; returns the manifest path.</summary>
    public static string Write(string root)
    {
        var folder = Path.Combine(root, "icd10cm", "2026", "synthetic-order-2026");
        Directory.CreateDirectory(folder);
        var random = new Random(20260101);
        var text = new StringBuilder(Entries * 120);
        var order = 0;
        for (var letter = 'A'; letter <= 'Z'; letter++)
        {
            for (var category = 0; category < 100; category++)
            {
                var code = $"{letter}{category:D2}";
                Line(text, ++order, code, false, random);
                for (var sub = 0; sub < Subcategories; sub++)
                {
                    Line(text, ++order, $"{code}{sub}", false, random);
                    for (var leaf = 0; leaf < CodesPerSubcategory; leaf++) Line(text, ++order, $"{code}{sub}{leaf}", true, random);
                }
            }
        }
        File.WriteAllText(Path.Combine(folder, "order.txt"), text.ToString(), Encoding.ASCII);
        var manifest = Path.Combine(root, "sources.json");
        File.WriteAllText(manifest, """
            {
              "schemaVersion": 1,
              "releases": [
                {
                  "system": "icd10cm", "releaseId": "FY2026", "effectiveDate": "2025-10-01", "endDate": "2026-09-30",
                  "format": "order-file",
                  "file": { "path": "icd10cm/2026/synthetic-order-2026.zip", "members": { "order": "order.txt" } }
                }
              ]
            }
            """);
        return manifest;
    }

    private static void Line(StringBuilder text, int order, string code, bool billable, Random random)
    {
        var words = string.Join(' ', Enumerable.Range(0, 4 + random.Next(8)).Select(_ => Words[random.Next(Words.Length)]));
        var shortText = words.Length > 60 ? words[..60] : words;
        text.Append($"{order:D5} {code,-7} {(billable ? 1 : 0)} {shortText,-60} {words}\r\n");
    }
}
