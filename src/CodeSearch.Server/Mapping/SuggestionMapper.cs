using CodeSearch.Core;
using CodeSearch.Suggestions.Engine;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>A suggestion result to its proto message; codes are mapped as search maps them, with their release.</summary>
internal static class SuggestionMapper
{
    public static Proto.SuggestCodesResponse ToProto(SuggestionResult result)
    {
        var releases = new Dictionary<(CodeSystemId, string), CodeRelease>();
        foreach (var loaded in result.Releases) releases.TryAdd((loaded.Release.System, loaded.Release.ReleaseId), loaded.Release);
        Proto.Code Code(MedicalCode code) => releases.TryGetValue((code.System, code.ReleaseId), out var release)
            ? CodeMapper.ToProto(code, release)
            : throw new InvalidOperationException(
                $"The engine suggested {code.System} {code.DisplayCode} from release {code.ReleaseId}, which its result does not list.");

        var response = new Proto.SuggestCodesResponse();
        foreach (var suggestion in result.Suggestions)
        {
            var message = new Proto.Suggestion { Code = Code(suggestion.Code), Score = suggestion.Score, Rationale = suggestion.Rationale };
            message.Evidence.AddRange(suggestion.Evidence.Select(ToProto));
            response.Suggestions.Add(message);
        }
        foreach (var excluded in result.Excluded)
        {
            var message = new Proto.ExcludedMention
            {
                Code = Code(excluded.Code),
                Assertion = SuggestionEnumMapper.ToProto(excluded.Assertion),
                Score = excluded.Score,
                Rationale = excluded.Rationale,
            };
            message.Evidence.AddRange(excluded.Evidence.Select(ToProto));
            response.Excluded.Add(message);
        }
        response.Releases.AddRange(result.Releases.Select(r => ReleaseMapper.ToProto(r.Release)));
        return response;
    }

    private static Proto.Evidence ToProto(EvidenceSpan span) => new()
    {
        Start = span.Start,
        End = span.End,
        Text = span.Text,
        Section = SuggestionEnumMapper.SectionName(span.Section),
        Assertion = SuggestionEnumMapper.ToProto(span.Assertion),
    };
}
