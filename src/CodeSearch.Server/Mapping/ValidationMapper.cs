using CodeSearch.Core.Catalog;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>ValidateCodes results to proto.</summary>
internal static class ValidationMapper
{
    public static Proto.ValidateCodesResponse ToProto(ValidationReport report)
    {
        var response = new Proto.ValidateCodesResponse();
        response.Results.AddRange(report.Results.Select(ToProto));
        response.Conflicts.AddRange(report.Conflicts.Select(c => new Proto.CodeConflict
        {
            Code = c.Code.DisplayCode,
            ExcludedCode = c.Excluded.DisplayCode,
            Note = ReferenceMapper.ToProto(c.Note),
        }));
        response.UnmetRequirements.AddRange(report.Unmet.Select(u => new Proto.UnmetRequirement
        {
            Code = u.Code.DisplayCode,
            Note = ReferenceMapper.ToProto(u.Note),
        }));
        return response;
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
