using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>A built word query; <paramref name="ConstantScore"/> is set when every match scores the same.</summary>
internal sealed record TextQuery(Query Query, float? ConstantScore);
