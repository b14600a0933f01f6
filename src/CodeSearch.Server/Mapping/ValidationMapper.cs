using CodeSearch.Core.Catalog;
using Google.Protobuf;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>ValidateCodes results to proto.</summary>
internal static class ValidationMapper
{
    /// <param name="report">The domain report.</param>
    /// <param name="charge">Called with each element as it is added (a response budget may throw to stop the mapping).</param>
    public static Proto.ValidateCodesResponse ToProto(ValidationReport report, Action<IMessage>? charge = null)
    {
        var response = new Proto.ValidateCodesResponse();
        foreach (var result in report.Results) response.Results.Add(Charged(ToProto(result), charge));
        foreach (var c in report.Conflicts)
        {
            response.Conflicts.Add(Charged(new Proto.CodeConflict
            {
                Code = c.Code.DisplayCode,
                ExcludedCode = c.Excluded.DisplayCode,
                Note = ReferenceMapper.ToProto(c.Note),
            }, charge));
        }
        foreach (var u in report.Unmet)
        {
            response.UnmetRequirements.Add(Charged(new Proto.UnmetRequirement { Code = u.Code.DisplayCode, Note = ReferenceMapper.ToProto(u.Note) }, charge));
        }
        return response;
    }

    private static T Charged<T>(T element, Action<IMessage>? charge) where T : IMessage
    {
        charge?.Invoke(element);
        return element;
    }

    public static Proto.CodeValidation ToProto(CodeValidationResult result)
    {
        var message = new Proto.CodeValidation
        {
            Input = result.Input,
            Status = result.Status switch
            {
                CodeValidationStatus.Valid => Proto.ValidationStatus.Valid,
                CodeValidationStatus.NotFound => Proto.ValidationStatus.NotFound,
                CodeValidationStatus.HeaderNotBillable => Proto.ValidationStatus.HeaderNotBillable,
                CodeValidationStatus.NotEffective => Proto.ValidationStatus.NotEffective,
                CodeValidationStatus.Terminated => Proto.ValidationStatus.Terminated,
                CodeValidationStatus.Malformed => Proto.ValidationStatus.Malformed,
                _ => Proto.ValidationStatus.Unspecified,
            },
            Message = result.Message,
        };
        if (result.Details is not null) message.Code = CodeMapper.ToProto(result.Details);
        message.BillableDescendants.AddRange(result.BillableDescendants.Select(CodeMapper.ToRef));
        return message;
    }
}
