using CodeSearch.Core;
using CodeSearch.Indexing.Build;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Build;

public class CatalogFileTests
{
    private static readonly MedicalCode[] Codes =
    [
        new()
        {
            System = CodeSystemId.Icd10Cm, Code = "E11A", Description = "Type 2 diabetes mellitus without complications in remission",
            ShortDescription = "Type 2 diabetes mellitus w/o complications in remission", Kind = CodeKind.Code, Billable = true,
            ParentCode = "E11", Order = 18, ReleaseId = "FY2026", Change = ReleaseChange.Added,
        },
        new()
        {
            System = CodeSystemId.Hcpcs, Code = "A4397", Description = "Irrigation supply; sleeve, each", Kind = CodeKind.Code, Billable = true,
            ReleaseId = "2026-01", AddDate = new DateOnly(1990, 1, 1), ActionEffectiveDate = new DateOnly(2022, 1, 1),
            TerminationDate = new DateOnly(2021, 12, 31), ActionCode = "D",
        },
        new() { System = CodeSystemId.Hcpcs, Code = "GA", Description = "Waiver of liability — ünïcode", Kind = CodeKind.Modifier, Billable = false, ReleaseId = "2026-01" },
    ];

    [Fact]
    public void Read_WhatWasWritten_EveryFieldBack()
    {
        using var dir = new TempDirectory();

        CatalogFile.Write(dir.Path, Codes);

        Assert.Equal(Codes, CatalogFile.Read(dir.Path));
    }

    [Fact]
    public void Read_RepeatedStrings_OneInstanceEach()
    {
        using var dir = new TempDirectory();
        MedicalCode[] codes =
        [
            Codes[0] with { Code = "E11", ParentCode = null, Description = "Type 2 diabetes mellitus", ShortDescription = "Type 2 diabetes mellitus" },
            Codes[0],
        ];
        CatalogFile.Write(dir.Path, codes);

        var read = CatalogFile.Read(dir.Path);

        Assert.Equal(codes, read);
        Assert.Same(read[0].Code, read[1].ParentCode);
        Assert.Same(read[0].ReleaseId, read[1].ReleaseId);
        Assert.Equal(read[0].Description, read[0].ShortDescription);
    }

    [Fact]
    public void Read_Descriptions_DecodedFromUtf8EachTime()
    {
        using var dir = new TempDirectory();
        CatalogFile.Write(dir.Path, Codes);

        var read = CatalogFile.Read(dir.Path);

        // Kept as UTF-8 and decoded on each read (not held as strings): equal text, distinct instances.
        Assert.Equal("Waiver of liability — ünïcode", read[2].Description);
        Assert.NotSame(read[2].Description, read[2].Description);
        Assert.Equal(Codes[0].ShortDescription, read[0].ShortDescription);
    }

    [Fact]
    public void Read_Missing_InvalidData()
    {
        using var dir = new TempDirectory();

        Assert.Throws<InvalidDataException>(() => CatalogFile.Read(dir.Path));
    }

    [Fact]
    public void Read_Truncated_InvalidData()
    {
        using var dir = new TempDirectory();
        CatalogFile.Write(dir.Path, Codes);
        var path = Path.Combine(dir.Path, CatalogFile.FileName);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^10]);

        var ex = Assert.Throws<InvalidDataException>(() => CatalogFile.Read(dir.Path));

        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void Read_OtherFormat_InvalidData()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, CatalogFile.FileName), "{\"not\": \"a catalog\"}");

        Assert.Throws<InvalidDataException>(() => CatalogFile.Read(dir.Path));
    }

    [Fact]
    public void Read_CodeNamesStringOutsideTable_InvalidData()
    {
        using var dir = new TempDirectory();
        CatalogFile.Write(dir.Path, Codes);
        var path = Path.Combine(dir.Path, CatalogFile.FileName);
        var bytes = File.ReadAllBytes(path);
        // After the header (magic, count), the string table (count, byte length, bytes, starts) and the 4 flag bytes and
        // the order of each code comes the column of code string numbers.
        var strings = BitConverter.ToInt32(bytes, 8);
        var codeColumn = 16 + BitConverter.ToInt32(bytes, 12) + 4 * (strings + 1) + 8 * Codes.Length;
        BitConverter.GetBytes(strings + 5).CopyTo(bytes, codeColumn);
        File.WriteAllBytes(path, bytes);

        Assert.Throws<InvalidDataException>(() => CatalogFile.Read(dir.Path));
    }

    [Fact]
    public void Read_DamagedTokenTable_InvalidData()
    {
        using var dir = new TempDirectory();
        CatalogFile.Write(dir.Path, Codes);
        var path = Path.Combine(dir.Path, CatalogFile.FileName);
        var bytes = File.ReadAllBytes(path);
        // The last int is the end of the token table: past its characters, the table no longer agrees with itself.
        BitConverter.GetBytes(1 << 20).CopyTo(bytes, bytes.Length - 4);
        File.WriteAllBytes(path, bytes);

        Assert.Throws<InvalidDataException>(() => CatalogFile.Read(dir.Path));
    }

    [Fact]
    public void Read_ManyCodes_SameCodesInOrder()
    {
        using var dir = new TempDirectory();
        var codes = Enumerable.Range(0, 3000).Select(i => Codes[i % 3] with
        {
            Code = $"{Codes[i % 3].Code}{i}", Order = i, Description = $"Word{i % 700} and word{i % 300}, other {i}",
            ParentCode = i == 0 ? null : $"{Codes[(i - 1) % 3].Code}{i - 1}",
        }).ToArray();
        CatalogFile.Write(dir.Path, codes);

        var read = CatalogFile.Read(dir.Path);

        Assert.Equal(codes, read);
        Assert.Same(read[1].Code, read[2].ParentCode);
    }
}
