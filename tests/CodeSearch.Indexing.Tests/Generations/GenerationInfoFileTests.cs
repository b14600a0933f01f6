using CodeSearch.Core;
using CodeSearch.Indexing.Generations;

namespace CodeSearch.Indexing.Tests.Generations;

/// <summary>
/// generation.json written by the source-generated serializer and read by GenerationInfoReader: the format generations
/// already on disk were written in (property names as declared, enums by name, dates as ISO dates) still reads, a round
/// trip keeps it, and the reader gives what the serializer's own reading gives.
/// </summary>
public sealed class GenerationInfoFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("codesearch-geninfo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Existing = """
        {
          "SchemaVersion": 8,
          "Generation": "gen-test",
          "SourceFingerprint": "fp",
          "CreatedUtc": "2026-12-06T15:22:35.123+00:00",
          "Sample": false,
          "Releases": [
            {
              "Release": { "System": "Icd10Cm", "ReleaseId": "FY2026", "EffectiveDate": "2025-10-01", "EndDate": "2026-09-30" },
              "CodeCount": 3, "BillableCount": 2, "HeaderCount": 1, "ModifierCount": 0, "TerminatedCount": 0,
              "Sources": [ { "FileName": "order.zip", "Sha256": "ab", "SizeBytes": 10, "Members": [ "order.txt" ] } ]
            },
            {
              "Release": { "System": "Hcpcs", "ReleaseId": "2026-01", "EffectiveDate": "2026-01-01", "EndDate": null },
              "CodeCount": 1, "BillableCount": 1, "HeaderCount": 0, "ModifierCount": 0, "TerminatedCount": 0, "Sources": []
            }
          ],
          "Deleted": [ { "System": "Icd10Cm", "Code": "A000", "Description": "gone", "ReleaseId": "FY2026" } ],
          "ReferenceSources": [],
          "DocumentCount": 4
        }
        """;

    // Reference material, computed and unknown properties, a system in another case.
    private const string WithReference = """
        {
          "SchemaVersion": 10, "Generation": "gen-ref", "SourceFingerprint": "s10-fp", "CreatedUtc": "2026-12-07T11:47:29.1164264+00:00",
          "Sample": true,
          "Releases": [
            {
              "Release": { "System": "icd10pcs", "ReleaseId": "FY2026", "EffectiveDate": "2025-10-01", "DisplayName": "ICD-10-PCS FY2026" },
              "CodeCount": 2, "BillableCount": 2, "HeaderCount": 0, "ModifierCount": 1, "TerminatedCount": 1,
              "Sources": [ { "FileName": "pcs.zip", "Sha256": "cd", "SizeBytes": 5000000000, "Members": [] } ], "Unknown": 1
            }
          ],
          "Deleted": [],
          "ReferenceSources": [
            { "Kind": "index", "ReleaseId": "FY2026", "AppliedTo": "FY2026",
              "File": { "FileName": "index.zip", "Sha256": "ef", "SizeBytes": 7, "Members": [ "a.xml", "b.xml" ] }, "EntryCount": 97578 }
          ],
          "DocumentCount": 2
        }
        """;

    [Fact]
    public void TryRead_FileInTheEstablishedFormat_ReadsEveryField()
    {
        File.WriteAllText(Path.Combine(_dir, GenerationInfoFile.FileName), Existing);

        var info = GenerationInfoFile.TryRead(_dir);

        Assert.NotNull(info);
        Assert.Equal(("gen-test", "fp", 8, 4, false), (info.Generation, info.SourceFingerprint, info.SchemaVersion, info.DocumentCount, info.Sample));
        Assert.Equal([CodeSystemId.Icd10Cm, CodeSystemId.Hcpcs], info.Releases.Select(r => r.Release.System));
        Assert.Equal(new DateOnly(2026, 9, 30), info.Releases[0].Release.EndDate);
        Assert.Null(info.Releases[1].Release.EndDate);
        Assert.Equal("order.txt", info.Releases[0].Sources.Single().Members.Single());
        Assert.Equal("A000", info.Deleted.Single().Code);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 15, 22, 35, 123, TimeSpan.Zero), info.CreatedUtc);
    }

    [Fact]
    public void Write_ThenTryRead_SameInfoAndEnumsWrittenByName()
    {
        File.WriteAllText(Path.Combine(_dir, GenerationInfoFile.FileName), Existing);
        var info = GenerationInfoFile.TryRead(_dir)!;
        var other = Directory.CreateDirectory(Path.Combine(_dir, "copy")).FullName;

        GenerationInfoFile.Write(other, info);
        var again = GenerationInfoFile.TryRead(other)!;

        Assert.Contains("\"System\": \"Icd10Cm\"", File.ReadAllText(Path.Combine(other, GenerationInfoFile.FileName)));
        Assert.Equal(info.Releases.Select(r => r.Release), again.Releases.Select(r => r.Release));
        Assert.Equal((info.Generation, info.DocumentCount, info.Deleted.Single()), (again.Generation, again.DocumentCount, again.Deleted.Single()));
    }

    [Fact]
    public void TryRead_NotJson_Null()
    {
        File.WriteAllText(Path.Combine(_dir, GenerationInfoFile.FileName), "{ not json");

        Assert.Null(GenerationInfoFile.TryRead(_dir));
    }

    [Theory]
    [InlineData(Existing)]
    [InlineData(WithReference)]
    public void TryRead_SameAsTheSerializersOwnReading(string json)
    {
        File.WriteAllText(Path.Combine(_dir, GenerationInfoFile.FileName), json);
        var serializer = System.Text.Json.JsonSerializer.Deserialize(json, GenerationInfoJson.Default.GenerationInfo)!;

        var read = GenerationInfoFile.TryRead(_dir)!;

        // Written back by the serializer, the two readings are the same text (every field, list and date).
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(serializer, GenerationInfoJson.Default.GenerationInfo),
            System.Text.Json.JsonSerializer.Serialize(read, GenerationInfoJson.Default.GenerationInfo));
    }

    [Fact]
    public void TryRead_NoDeletedList_Empty()
    {
        // The serializer's own reading left the list null here (the open then failed on it); the writer always writes it.
        File.WriteAllText(Path.Combine(_dir, GenerationInfoFile.FileName), WithReference.Replace("\"Deleted\": [],", ""));

        var info = GenerationInfoFile.TryRead(_dir)!;

        Assert.Empty(info.Deleted);
        Assert.Equal(97578, info.ReferenceSources.Single().EntryCount);
    }

    [Fact]
    public void TryRead_RequiredPropertyMissing_Null()
    {
        File.WriteAllText(Path.Combine(_dir, GenerationInfoFile.FileName), Existing.Replace("\"DocumentCount\": 4", "\"Other\": 4"));

        Assert.Null(GenerationInfoFile.TryRead(_dir));
    }

    [Fact]
    public void TryRead_UnknownSystem_Null()
    {
        File.WriteAllText(Path.Combine(_dir, GenerationInfoFile.FileName), Existing.Replace("\"Hcpcs\"", "\"Loinc\""));

        Assert.Null(GenerationInfoFile.TryRead(_dir));
    }
}
