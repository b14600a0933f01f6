using CodeSearch.Core.Errors;
using CodeSearch.Importer.Cpt;

namespace CodeSearch.Importer.Tests.Cpt;

public class CsvRecordReaderTests
{
    private static List<CsvRecord> Read(string text) => CsvRecordReader.Read(new StringReader(text), "x.csv").ToList();

    [Fact]
    public void Read_QuotedFields_KeepCommasAndDoubledQuotes()
    {
        var record = Read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n").Single();

        Assert.Equal(["a", "b, c", "say \"hi\""], record.Fields);
    }

    [Fact]
    public void Read_QuotedLineBreak_SpansLinesAndKeepsStartLine()
    {
        var records = Read("h1,h2\n\"two\nlines\",x\nlast,y\n");

        Assert.Equal(["two\nlines", "x"], records[1].Fields);
        Assert.Equal([1, 2, 4], records.Select(r => r.LineNumber));
    }

    [Fact]
    public void Read_EmptyAndTrailingFields_AreKept()
    {
        Assert.Equal(["a", "", ""], Read("a,,\n").Single().Fields);
    }

    [Fact]
    public void Read_BlankLines_AreSkipped()
    {
        Assert.Equal(2, Read("a,b\r\n\r\nc,d\r\n\r\n  \r\n").Count);
    }

    [Fact]
    public void Read_UnclosedQuote_ThrowsWithStartLine()
    {
        var ex = Assert.Throws<SourceDataException>(() => Read("a,b\n\"open,c\nmore\n"));

        Assert.Contains("x.csv line 2: a quoted field is not closed", ex.Message);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_Throws()
    {
        Assert.Contains("line 1: unexpected 'x' after a closing quote", Assert.Throws<SourceDataException>(() => Read("\"a\"x,b\n")).Message);
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_Throws()
    {
        Assert.Contains("a quote inside an unquoted field", Assert.Throws<SourceDataException>(() => Read("a\"b,c\n")).Message);
    }
}
